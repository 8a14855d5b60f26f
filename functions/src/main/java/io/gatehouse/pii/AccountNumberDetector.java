package io.gatehouse.pii;

import java.util.List;

/**
 * Bank, billing and customer account numbers. Banks and businesses number accounts every way there
 * is, so no format finds them; the label does: "account no", "acct #", "A/C", "Kontonummer",
 * "numéro de compte", "número de cuenta", "conto corrente", "rekeningnummer", "numer konta", "číslo
 * účtu"… followed closely by an identifier of 5–20 letters and digits with at least 4 digits.
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
            "numer rachunku", "rachunek", "č. účtu", "č.ú.", "sort code");

    @Override
    public String type() {
        return EntityType.ACCOUNT_NUMBER.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        ACCOUNTS.detect(text, out);
    }
}
