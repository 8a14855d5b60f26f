package io.gatehouse.pii;

import java.util.List;

/**
 * Bank, billing and customer account numbers. Banks and businesses number accounts every way there
 * is, so no format finds them; the label does: "account no", "acct #", "A/C", "Kontonummer",
 * "numéro de compte", "número de cuenta", "conto corrente", "rekeningnummer", "numer konta", "číslo
 * účtu", customer, contract and loyalty labels ("customer ID", "Kd.-Nr.", "Vertragsnummer", "n° client",
 * "nº de socio", "codice cliente", "klantnummer", "numer klienta", "číslo zákazníka")… followed closely
 * (past a few filler words: "account number on file is", "Kundennummer lautet") by an identifier of 5–20 letters and digits with at least 4 digits.
 * Score 0.8, 0.9 when the label names a number ("account no", "Kontonummer"). IBANs are left to their own detector, and a bare number with no label is not found.
 */
final class AccountNumberDetector implements Detector {

    private static final CuedIdentifier ACCOUNTS = new CuedIdentifier(EntityType.ACCOUNT_NUMBER.name(), 0.8, 4,
            "account", "account no", "account number", "account #", "acct", "acct.", "acc no", "acc. no", "a/c",
            "bank account", "billing account", "customer account", "customer number", "customer no", "customer id",
            "client number", "client id", "member account",
            "Kontonummer", "Konto", "Kto", "Kto.-Nr", "Kundennummer", "Kunden-Nr", "Kundenkonto",
            "numéro de compte", "n° de compte", "no de compte", "compte", "compte bancaire", "numéro client",
            "numéro de client", "número de cuenta", "cuenta", "cuenta bancaria", "número de cliente", "nº de cuenta",
            "conto", "numero di conto", "conto corrente", "numero cliente", "codice cliente",
            "rekeningnummer", "rekening", "klantnummer", "bankrekening",
            "numer konta", "nr konta", "konto bankowe", "numer klienta",
            "číslo účtu", "účet", "číslo zákazníka",
            "kontonummer", "kundnummer", "número da conta", "conta", "acc", "acc.", "acc #", "acct no", "a/c no",
            "account id", "Kontonr", "Konto-Nr", "Kto-Nr", "Kundennr", "Kd-Nr", "Girokonto", "Sparkonto",
            "Bankverbindung", "référence client", "réf. client", "cliente", "rekeningnr", "klantnr", "nr rachunku",
            "numer rachunku", "rachunek", "č. účtu", "č.ú.", "sort code",
            // customer, client, contract and loyalty numbers
            "customer #", "customer ref", "client no", "client #", "client account", "contract no", "contract number",
            "contract #", "contract id", "loyalty no", "loyalty number", "loyalty card", "loyalty id", "rewards number",
            "membership no", "membership id", "user account", "billing id", "billing no", "utility account",
            "Kd.-Nr", "Kd.Nr", "Kd-Nr.", "Kundennr.", "Kunden-ID", "Vertragsnummer", "Vertrags-Nr", "Vertragsnr",
            "Vertragskonto", "Kundenkarte",
            "n° client", "n° de client", "no client", "identifiant client", "code client",
            "numéro d'abonné", "n° d'abonné", "numéro de fidélité", "carte de fidélité",
            "nº de cliente", "n.º de cliente", "número de socio", "nº de socio", "n.º de socio", "número de contrato",
            "nº de contrato", "número de abonado", "id de cliente", "código de cliente",
            "n. cliente", "numero contratto", "n. contratto", "codice contratto", "numero tessera fedeltà", "codice utente",
            "klantnr.", "klant-id", "contractnummer", "lidnummer", "abonneenummer",
            "nr klienta", "id klienta", "numer umowy", "nr umowy", "numer karty lojalnościowej",
            "zákaznické číslo", "číslo smlouvy", "zákaznický účet",
            "número do cliente", "número de conta", "número de sócio", "conta corrente");

    @Override
    public String type() {
        return EntityType.ACCOUNT_NUMBER.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        ACCOUNTS.detect(index, out);
    }
}
