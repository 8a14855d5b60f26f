package io.gatehouse.pii;

import java.util.List;

/**
 * Health plan beneficiary numbers: insurance member, subscriber, policy and group numbers,
 * Medicare and Medicaid IDs, the German Krankenversichertennummer, the French numéro d'adhérent…
 * Insurers number their members in formats of their own, so the label finds them: a cue followed
 * closely by an identifier of 5–20 letters and digits with at least 4 digits. Score 0.8, 0.9 when
 * the label names a number ("member ID", "policy no").
 */
final class HealthPlanNumberDetector implements Detector {

    private static final CuedIdentifier PLANS = new CuedIdentifier(EntityType.HEALTH_PLAN_NUMBER.name(), 0.8, 4,
            "member id", "member no", "member number", "membership number", "subscriber id", "subscriber no",
            "subscriber number", "policy number", "policy no", "policy #", "policy id", "group number", "group no",
            "group #", "group id", "insurance id", "insurance number", "insurance no", "insurance policy",
            "insured id", "health plan", "health plan id", "plan id", "plan number", "beneficiary", "beneficiary id",
            "beneficiary number", "Medicare", "Medicare number", "Medicare id", "MBI", "HICN", "Medicaid",
            "Medicaid id", "Medicaid number", "insurer id", "payer id", "health insurance", "insurance card",
            "Versichertennummer", "Krankenversichertennummer", "Versicherungsnummer", "Mitgliedsnummer",
            "Versichertenkarte", "Krankenkasse", "Policennummer", "Versicherungsschein",
            "n° adhérent", "n° d'adhérent", "numéro d'adhérent", "numéro adhérent", "mutuelle", "numéro de police",
            "numéro de contrat", "n° de contrat", "n° assuré", "numéro d'assuré", "numéro de sécurité sociale",
            "número de póliza", "póliza", "número de afiliado", "número de afiliación", "tarjeta sanitaria",
            "numero di polizza", "polizza", "tessera sanitaria", "numero tessera",
            "polisnummer", "verzekerdennummer", "zorgverzekering", "relatienummer",
            "numer polisy", "numer ubezpieczenia", "číslo pojištěnce", "číslo pojistky", "member", "member #",
            "policy", "insurance", "insurance #", "ins id", "ins. id", "insurer", "coverage id", "plan member",
            "Medicare ID", "HIC", "HICN", "KVNR", "Vers.-Nr", "Versicherten-Nr", "eGK", "Versicherung",
            "numéro de sécu", "carte vitale", "CIP", "TSI", "NSS", "número de afiliado", "zorgverzekeraar",
            "verzekeringsnummer", "pojišťovna", "NFZ",
            "subscriber #", "member id#", "member #:", "insurance member id", "plan member id", "medicare #",
            "medicaid #", "medicaid no", "mbi #", "health insurance number", "health insurance id", "insurance card number",
            "Versichertennr", "Versicherten-ID", "Versicherungs-Nr", "Versicherungsnr", "Krankenkasse Nr",
            "Krankenkassen-Nr", "Krankenkassennummer", "KV-Nr", "KVNR~", "Mitglieds-Nr",
            "numéro de mutuelle", "n° de mutuelle", "n° mutuelle", "n° d'assuré", "numéro adhérent mutuelle",
            "número de tarjeta sanitaria", "nº tarjeta sanitaria", "tarjeta sanitaria individual", "SIP", "número SIP",
            "código CIP", "número de afiliación", "nº de afiliado", "número de asegurado",
            "numero di tessera", "n. tessera", "tessera sanitaria n", "codice tessera",
            "zorgverzekeringsnummer", "zorgpasnummer", "verzekerdenummer",
            "numer karty ubezpieczenia", "numer ubezpieczonego", "nr polisy", "nr ubezpieczenia",
            "číslo pojistné smlouvy", "číslo karty pojištěnce", "číslo pojistence", "pojištěnec č",
            "número de beneficiário", "número do cartão de saúde", "cartão de utente", "número de utente", "nº de utente",
            "número de apólice", "apólice");

    @Override
    public String type() {
        return EntityType.HEALTH_PLAN_NUMBER.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        PLANS.detect(index, out);
    }
}
