package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Medical record numbers. They have no format of their own (every hospital system numbers
 * differently), so only context finds them: a label — "MRN", "medical record number", "patient ID",
 * "hospital no", "Fallnummer", "n° de dossier", "IPP", "número de historia clínica", "NHC",
 * "cartella clinica", "patiëntnummer", "numer historii choroby", "číslo pacienta"… — then, past
 * punctuation and a few filler words ("is", "no.", "de"), an identifier of 5 to 20 letters and
 * digits holding at least 4 digits, in groups joined by {@code - / .} or a space ("MRN" may also be
 * glued to the digits: {@code MRN00482913}). The cue scanning and the value's shape are {@link
 * CuedIdentifier}'s, shared with the account and health plan detectors. Score 0.9 after the
 * medical-record labels, 0.85 after the others (0.1 more when the label names a number, "patient
 * number", "Fallnummer"). An identifier with no label before it is not found.
 */
final class MedicalRecordNumberDetector implements Detector {

    private static final String TYPE = EntityType.MEDICAL_RECORD_NUMBER.name();

    /** Labels that say "medical record" outright. */
    private static final CuedIdentifier RECORDS =
            new CuedIdentifier(
                    TYPE,
                    0.9,
                    4,
                    "mrn~",
                    "mrn#",
                    "mrn no",
                    "medical record number",
                    "medical record no",
                    "medical record #",
                    "medical record",
                    "med rec no",
                    "med. rec. no",
                    "med rec #",
                    "medical rec no",
                    "health record number",
                    "emr id",
                    "ehr id",
                    "emr no",
                    "ehr no",
                    "medical file number",
                    "medical file no",
                    "Krankenaktennummer",
                    "Patientenakte",
                    "Patientenaktennummer",
                    "dossier médical",
                    "n° de dossier médical",
                    "numéro de dossier médical",
                    "número de historia clínica",
                    "número de historia",
                    "nº historia clínica",
                    "nº de historia clínica",
                    "n.º de historia clínica",
                    "nº de historia",
                    "historia clínica",
                    "NHC~",
                    "n° historia",
                    "cartella clinica",
                    "n. cartella",
                    "numero cartella",
                    "numero di cartella",
                    "n° cartella",
                    "numero nosologico",
                    "nosologico",
                    "medisch dossiernummer",
                    "numer historii choroby",
                    "nr historii choroby",
                    "historia choroby",
                    "numer dokumentacji medycznej",
                    "číslo chorobopisu",
                    "číslo zdravotní dokumentace",
                    "número de prontuário",
                    "prontuário",
                    "processo clínico");

    /** Labels of a patient, a stay or a chart: as good a cue, a little less specific. */
    private static final CuedIdentifier PATIENTS =
            new CuedIdentifier(
                    TYPE,
                    0.85,
                    4,
                    "patient id",
                    "patient no",
                    "patient number",
                    "patient #",
                    "pt id",
                    "pt no",
                    "pt #",
                    "pat id",
                    "pat no",
                    "chart number",
                    "chart no",
                    "chart #",
                    "chart id",
                    "hospital number",
                    "hospital no",
                    "hospital #",
                    "hospital id",
                    "hosp no",
                    "hosp. no",
                    "hosp #",
                    "hosp. #",
                    "record number",
                    "record no",
                    "record #",
                    "case no",
                    "case number",
                    "case #",
                    "NHI",
                    "URN",
                    "unit number",
                    "unit no",
                    "encounter",
                    "encounter id",
                    "encounter no",
                    "encounter number",
                    "visit no",
                    "visit number",
                    "visit id",
                    "admission no",
                    "admission number",
                    "admission id",
                    "episode no",
                    "episode number",
                    "Fallnummer",
                    "Fall-Nr",
                    "Fallnr",
                    "Fall-ID",
                    "Patientennummer",
                    "Patienten-Nr",
                    "Pat.-Nr",
                    "Pat-Nr",
                    "Patientennr",
                    "Patienten-ID",
                    "Pat.-ID",
                    "KIS-Nr",
                    "KIS-ID",
                    "Aufnahmenummer",
                    "Aufnahme-Nr",
                    "Patientenaktenzeichen",
                    "Patienten-Aktenzeichen",
                    "n° de dossier",
                    "numéro de dossier",
                    "no de dossier",
                    "n° dossier",
                    "dossier n°",
                    "dossier patient",
                    "IPP~",
                    "n° IPP",
                    "numéro patient",
                    "n° patient",
                    "numéro de patient",
                    "identifiant patient",
                    "número de paciente",
                    "nº de paciente",
                    "n.º de paciente",
                    "id paciente",
                    "identificador del paciente",
                    "expediente clínico",
                    "codice paziente",
                    "id paziente",
                    "numero paziente",
                    "patiëntnummer",
                    "patientnummer",
                    "patiënt-id",
                    "patiëntnr",
                    "ziekenhuisnummer",
                    "dossiernummer",
                    "nr pacjenta",
                    "numer pacjenta",
                    "id pacjenta",
                    "nr księgi głównej",
                    "číslo pacienta",
                    "id pacienta",
                    "identifikátor pacienta",
                    "número do processo",
                    "número do paciente");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        int from = out.size();
        RECORDS.detect(index, out);
        List<Candidate> patients = new ArrayList<>();
        PATIENTS.detect(index, patients);
        CuedIdentifier.addUnlessFoundBetter(patients, out, from);
    }
}
