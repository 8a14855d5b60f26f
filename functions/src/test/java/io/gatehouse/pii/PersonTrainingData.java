package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Generated, labelled sentences for training the PERSON model: templates written for Gatehouse
 * (clinical notes, CRM entries, e-mail, chat, forms; English, German, French, Spanish, Italian,
 * Dutch, Polish, Czech, Portuguese, Swedish) filled with datafaker's fake names, cities, streets,
 * companies, hospitals, diseases and medicines, plus capitalised non-names (eponyms, products,
 * organisations, months) so the model learns what is not a name. Nothing here comes from the
 * evaluation corpus. The same seed gives the same sentences.
 *
 * <p>Slots: {N} full name, {G} given name, {F} family name, {I} "FAMILY, Given", {g} lower-case
 * given name, {L} a list of given names, {H} an honorific, {C} company, {T} city, {S} street, {Q}
 * hospital, {D} disease, {R} medicine, {X} a capitalised non-name, {O} organisation, {B} heading,
 * {M} month, {W} weekday, {Y} an unlisted-looking capitalised non-name (a department, field,
 * medicine, app, eponym). {N@gen}, {N@ins}, {N@dat} are Slavic case forms.
 */
final class PersonTrainingData {

    record Example(String text, List<int[]> persons) {}

    private static final String[] LOCALES = {
        "en-US", "en-GB", "en-AU", "de", "de-AT", "fr", "es", "it", "nl", "pl", "cs", "sk", "hu",
        "pt", "pt-BR", "sv", "nb-NO", "da-DK", "fi-FI", "tr", "ro", "hr", "vi", "en-IN", "es-MX",
        "id"
    };

    private static final String[] EN = {
        "Meeting notes: {L} present.",
        "Present: {L}",
        "{G}, {G} and {G} joined.",
        "Call with {N} and {G} from {J}.",
        "ask {g} pls",
        "hey {g}, got a sec?",
        "thx {g}",
        "{g}: done",
        "J.R.R. {F} wrote it.",
        "Hi {G}, thanks for the update.",
        "Thanks {G}!",
        "— {G}",
        "@{G} please check the {P}.",
        "{G} {F}\n{J}\n{C}",
        "Regards,\n{N}\n{J}",
        "{G}: lunch at noon?",
        "cc: {G}, {G}",
        "Assigned to: {G}",
        "ok {g} thanks",
        "{N} ({J}) approved it.",
        "Our {J} {N} will call you.",
        "{H} {F}, {J}, {C}",
        "Sent by {G} via {O}.",
        "Hey {G} - got it.",
        "{N} was seen in clinic today.",
        "Patient {N} reports chest pain since {W}.",
        "Seen by {H} {F} on {W}.",
        "{N} called about the invoice.",
        "Please ask {N} to call back.",
        "Met with {N} and {N} from {C}.",
        "Attendees: {L}",
        "{G}: can you check the ticket?",
        "{G}: sure, on it",
        "{g} said it's fine",
        "ask {g} about the {X} report",
        "thanks {g}!",
        "ping {g} when you're back",
        "Best,\n{G}",
        "Best regards,\n{N}",
        "Kind regards, {N}",
        "— {N}",
        "Thanks, {G}",
        "Cheers,\n{G}",
        "Dear {H} {F},",
        "Dear {G},",
        "Hi {G},",
        "Hello {N}, your order has shipped.",
        "{I} (DOB 03/04/1970)",
        "Name: {N}",
        "Name: {I}",
        "Contact: {N}, {C}",
        "Referred by {H} {N} for {D}.",
        "{H} {F} prescribed {R} for {D}.",
        "Discussed {D} with {N}.",
        "Reviewed labs; {X} negative.",
        "Started {R} 20 mg daily.",
        "Follow-up in {M} at {Q}.",
        "{N} lives on {S} in {T}.",
        "Transferred to {Q} in {T}.",
        "{C} signed the contract in {M}.",
        "Meeting with {C} on {W}, {M} 12.",
        "{X} was normal.",
        "History of {D}; on {R}.",
        "The {X} score was 14.",
        "Wife {G} present at bedside.",
        "Spoke with daughter {N}.",
        "Emergency contact: {N} (sister).",
        "Customer {N} wants a refund.",
        "Assigned to {N}.",
        "Escalated by {G} to {N}.",
        "{N}'s account was closed.",
        "Sent to {N} at {C}.",
        "Interpreter {N} attended.",
        "{G} and {G} will join.",
        "cc {N}",
        "From: {N}\nTo: {N}\nSubject: {X} update",
        "Signed: {N}",
        "{N}, RN",
        "{N}, MD",
        "Author: {N}",
        "Called {G} twice, no answer.",
        "Left voicemail for {N}.",
        "{N} ({C}) joined the call.",
        "Patient is a 54 year old woman referred by {H} {F}.",
        "Mother {N} consents.",
        "Tenant: {N}, {S}, {T}",
        "Thanks to {L} for the help.",
        "{X} and {X} were discussed.",
        "In {M} the {C} team moved to {T}.",
        "Please send the {X} file to {g}.",
        "lol {g} you're right",
        "@{g} can you review?",
        "{H} {N} will operate on {W}.",
        "Seen with {H} {F} and nurse {G}.",
        "Applicant {N} (born in {T}).",
        "Next of kin: {N}",
        "Owner: {N}",
        "Case handled by {N} of {C}.",
        "{N} from {T} called.",
        "{D} ruled out by {H} {F}.",
        "{N}",
        "{Q} discharged {N} on {W}.",
        "Unable to reach {G}.",
        "{G} is allergic to {R}.",
        "Monday {G} felt better.",
        "{W}: {N} at 10:00",
        "{M} 5 - {N} - follow-up",
        "{X} on {S}.",
        "Visit {T} in {M}.",
        "{C} Ltd. invoice 2231",
        "Reported by {N}, {C}.",
        "Note from {G}: the {X} is broken.",
        "{N} {N} {N} and others attended.",
        "Discharge Summary",
        "Quarterly {X} Review",
        "{X} Follow Up Appointment",
        "Action Items",
        "Next Steps:",
        "Chief Complaint: {D}",
        "Past Medical History: {D}, {D}",
        "Allergies: {R}",
        "Plan: continue {R}.",
        "Order #4411 from {C} shipped to {T}.",
        "Flight to {T} on {W}.",
        "The {C} Annual Meeting is in {M}.",
        "Welcome to {C}!",
        "Your {X} subscription renews in {M}.",
        "Visited {T} and {T} last {M}.",
        "Lives in {T} with {G}.",
        "Works at {C} in {T}.",
        "{G} {F} is the new manager.",
        "I spoke to {G} yesterday.",
        "{N} and I met in {T}.",
        "Waiting for {G} to reply.",
        "According to {N}, the {X} failed.",
        "Per {G}, all good.",
        "{G} wrote: see you {W}",
        "Approved by {N} on {W}.",
        "Witness: {N}",
        "Guarantor: {I}",
        "Insured: {N}",
        "Prescriber: {H} {N}",
        "Attending: {H} {F}",
        "Resident: {N}",
        "PCP: {H} {F}",
        "Reviewed with {H} {F} ({C}).",
        "{I} signed.",
        "{I} called back.",
        "Patient: {I}",
        "Payee: {I}",
        "{I}, {I} and {I} were invited.",
        "Will you send the {X} file?",
        "May I ask {G} to join?",
        "Mark as done.",
        "Grace period ends in {M}.",
        "Will do.",
        "May be related to {D}.",
        "Bill to: {O}",
        "Rose slightly overnight.",
        "Frank discussion with family.",
        "Hope you are well.",
        "Joy and relief after the results.",
        "Sue the supplier? No.",
        "Victor Hugo Street is closed.",
        "{O} sent the invoice.",
        "Contract with {O} renewed.",
        "{O} and {O} merged.",
        "Call {O} support.",
        "{O} ({T}) confirmed the order.",
        "Shipped via {O}.",
        "{B}",
        "{B}: {N}",
        "{B}\n{N}",
        "Invoice from {O}, {T}",
        "Good morning {G}!",
        "Congrats {G} and {G}!",
        // a name opening the sentence before its verb, after an imperative, and after to/by: the
        // same shapes as the {Y} negatives
        "{N} was discharged.",
        "{N} was admitted on {W}.",
        "{N} has called twice.",
        "{N} said the {X} is fine.",
        "{N} arrived late.",
        "{N} is waiting in room 4.",
        "{G} called back.",
        "{F} signed the form.",
        "{N} reported no pain.",
        "{G} {F} left early.",
        "{N} had surgery in {M}.",
        "{G} will join later.",
        "Call {N} today.",
        "Call {G} tomorrow.",
        "Email {N} the {X} file.",
        "Forwarded to {G}.",
        "Forwarded to {N} for review.",
        "Signed by {F}.",
        "Reviewed by {N}.",
        "Escalated to {F}.",
        "Thanks to {F} for the help.",
        "Handed over to {G}.",
        "Sent to {F} yesterday.",
        "Assigned to {F}.",
        "Approved by {F}.",
        "{Y} was updated.",
        "Forwarded to {Y}.",
        "Signed by {Y}.",
        "Escalated to {Y} for review.",
        "Sent to {Y} yesterday.",
        "Thanks to {Y} for the help.",
        "Call {Y} today.",
        "{Y} called back.",
        "Reviewed by {Y}.",
        "{Y} {Y} Update",
        "{Y} Review",
        // shapes of third-party notes, mail and chat: ages after a name, lists with ';' and '/',
        // mail headers, time-stamped
        // chat, possessives, roles before a name, labels, "Family, Given" lists, lower-case names
        // before a verb
        "{N}, {A}, presents with {D}.",
        "{N} ({A}) was seen today.",
        "{N}, {A} y/o, {D}.",
        "{N}, a {A}-year-old, was admitted.",
        "{N} {A}F presents with cough.",
        "CC: {N}; {N}",
        "To: {N}; {N}; {N}",
        "{N} / {N}",
        "Attendees: {N}; {N}; {N}",
        "From: {N} <{E}>",
        "From: {N} <{E}>\nSent: {W}\nTo: {N}",
        "{N} <{E}> wrote:",
        "On {W}, {N} wrote:",
        "[10:42] {G}: running late",
        "[09:15] {G}: ok",
        "{G} 10:42 AM\nsounds good",
        "[{W} 14:03] {G}: can you check?",
        "so {g} said she'd send it",
        "i think {g} already fixed it",
        "{g} is out today",
        "tell {g} i said hi",
        "{g} and {g} are coming",
        "{G}'s appointment moved to {W}.",
        "{N}'s daughter called.",
        "Spoke with {G}'s mother.",
        "{G}'s mum rang.",
        "{F}'s file is closed.",
        "nurse {N} changed the dressing.",
        "Pharmacist {N} confirmed the dose.",
        "physio {G} saw her today.",
        "Spoke with social worker {N}.",
        "midwife {G} attended.",
        "case manager {N} will follow up.",
        "technician {N} ran the test.",
        "caregiver {G} present.",
        "{U}: {N}",
        "{U}: {H} {F}",
        "{U}: {I}",
        "{U}: {G}",
        "{I}; {I}",
        "{I} and {I}",
        "Present: {I}; {I}; {I}",
        "{U}: {X}",
        "{U}: {J}",
        "{U}: {O}",
        "{U}: {Y}",
        "{U}: unknown",
        "{U}: n/a",
        "{U} notified.",
        "{U} unavailable, left message.",
        "{V}",
        "History of {V}.",
        "Referred to {V}.",
        "Seen at {V} today.",
        "{N} was transferred to {V}.",
        "Hi {G},\nthanks for the quick reply.\n{G}",
        "Thanks {G}, will do.\n\n{N}\n{J}",
        "{N}\n{J}, {O}\n{E}",
        "daughter {G} called.",
        "His wife {G} is the main carer.",
        "son {G} visited today.",
        "Mrs {F}'s daughter {G} called.",
        "Her husband {G} drove her in.",
        "granddaughter {G} will pick her up.",
        "Mr {F} and his partner {G} attended.",
        "Attendance: {G}, {G}, {G}, {G}",
        "Invited: {G}, {G}, {G}, {G} and {G}",
        "lol {g} that's great",
        "ok {g} i'll check",
        "haha {g} yes",
        "Discussed with daughter ({G}) at bedside.",
        "Seen with son ({N}).",
        "{N}, MD",
        "Reviewed by: {N}, MD",
        "Met {N} and {N} at {O}.",
        "{N}, {N} and {N} have joined.",
        "Team: {G}, {G}, {G}",
        "Owner: {G} / Backup: {G}",
    };
    private static final String[] DE = {
        "Gespräch mit Herrn {F} über {Z}.",
        "Brief an Herrn {N}.",
        "Sehr geehrte Frau {F},",
        "Anruf von Herrn Dr. {F}.",
        "Hallo {G}, danke dir!",
        "Danke, {G}",
        "Frau Dr. {F} hat unterschrieben.",
        "Herr {N} ({J}) ruft zurück.",
        "Gruß {G}",
        "Die Tochter, Frau {F}, begleitet ihn.",
        "{G}: passt, danke",
        "Telefonat mit Herrn {F} wegen {Z}.",
        "Rücksprache mit {N}, {J}.",
        "{N} wurde heute in der Ambulanz gesehen.",
        "Patientin {N} klagt über Schmerzen.",
        "Herr {F} kommt am {W}.",
        "Frau {F} hat angerufen.",
        "Termin mit {N} bei {C}.",
        "Mit freundlichen Grüßen\n{N}",
        "Viele Grüße, {G}",
        "Liebe {G},",
        "Sehr geehrter Herr {F},",
        "Überweisung durch Dr. {N} wegen {D}.",
        "{N} wohnt in der {S}, {T}.",
        "Teilnehmer: {L}",
        "{G}: kannst du das prüfen?",
        "Rückruf an {N} erbeten.",
        "Gespräch mit {N} und {N}.",
        "Im {M} Kontrolle in {Q}.",
        "{R} 2x täglich.",
        "Befund: {X} unauffällig.",
        "{C} hat die Rechnung geschickt.",
        "Ansprechpartner: {N}",
        "Name: {I}",
        "Gez. {N}",
        "{N} aus {T} meldet sich.",
        "Bitte {g} fragen.",
        "Die Schmerzen im Knie bestehen seit drei Wochen.",
        "Der Befund zeigt keine Auffälligkeiten.",
        "Termin zur Kontrolle nach Rücksprache mit der Praxis.",
        "Die Rechnung wurde an die Versicherung geschickt.",
        "Blutdruck stabil, Medikation unverändert, Wiedervorstellung bei Beschwerden.",
        "Kunde wünscht Rückruf wegen Lieferung.",
        "Nach Angaben der Tochter {G} ist die Patientin gestürzt.",
        "Bestellung bei {O} in {T} aufgegeben.",
        "Aufnahme über die Notaufnahme, Verdacht auf Lungenentzündung.",
        "Vielen Dank für Ihre Nachricht und die Unterlagen.",
        "{N} hat angerufen.",
        "{N} ist heute gekommen.",
        "{N} war beim Termin.",
        "{G} hat zurückgerufen.",
        "Weitergeleitet an {G}.",
        "Unterschrieben von {N}.",
        "Danke an {F} für die Hilfe.",
        "Weitergeleitet an {Y}.",
        "{Y} hat angerufen.",
        "Unterschrieben von {Y}.",
        "{N}, {A} Jahre, stellt sich vor.",
        "Teilnehmer: {N}; {N}; {N}",
        "Von: {N} <{E}>",
        "[10:42] {G}: bin gleich da",
        "Pflegekraft {N} hat den Verband gewechselt.",
        "Die Mutter von {G} hat angerufen.",
        "{U}: {N}",
        "Liebe Grüße\n{G}",
        "{N}\n{J}\n{O}",
        "Am {W} schrieb {N}:",
        "{I}; {I}",
    };
    private static final String[] FR = {
        "Merci {G}, à demain.",
        "Mme {N} est notre {J}.",
        "M. {F} a signé.",
        "Bien à vous,\n{G}",
        "Salut {G} !",
        "{N} a été vu en consultation.",
        "Mme {F} a appelé ce matin.",
        "M. {F} viendra {W}.",
        "Cordialement,\n{N}",
        "Bonjour {G},",
        "Adressé par le Dr {N} pour {D}.",
        "{N} habite {S} à {T}.",
        "Participants : {L}",
        "{G} : tu peux vérifier ?",
        "Rendez-vous avec {N} chez {C}.",
        "Contrôle en {M} à {Q}.",
        "Traitement : {R}.",
        "Merci {G} !",
        "Nom : {I}",
        "Contact : {N}",
        "{N} et {N} sont présents.",
        "demande à {g} stp",
        "{N} a appelé ce matin.",
        "{N} est arrivé en retard.",
        "{G} a signé.",
        "Transmis à {G}.",
        "Signé par {N}.",
        "Merci à {F} pour l'aide.",
        "Transmis à {Y}.",
        "Signé par {Y}.",
        "{Y} a appelé.",
        "Rendez-vous annulé par M. {F}.",
        "Appel de M. {N}.",
        "M. {F}, {A} ans, hospitalisé.",
        "Mme {F} et M. {F} sont venus.",
        "{N}, {A} ans, consulte pour {D}.",
        "Présents : {N} ; {N} ; {N}",
        "De : {N} <{E}>",
        "[10:42] {G} : j'arrive",
        "L'infirmière {N} a refait le pansement.",
        "La fille de {N} a appelé.",
        "Le {W}, {N} a écrit :",
        "Bien cordialement,\n{N}\n{J}",
    };
    private static final String[] ES = {
        "Gracias, {G}.",
        "Sra. {F} llamó.",
        "Un saludo,\n{G}",
        "La Dra. {F} revisó el caso.",
        "{N}, {J}",
        "{N} acudió a consulta hoy.",
        "La paciente {N} refiere dolor.",
        "Sr. {F} llamó el {W}.",
        "Saludos,\n{N}",
        "Hola {G},",
        "Derivado por el Dr. {N} por {D}.",
        "{N} vive en {S}, {T}.",
        "Asistentes: {L}",
        "{G}: ¿puedes revisarlo?",
        "Reunión con {N} de {C}.",
        "Control en {M} en {Q}.",
        "Atentamente, {N}",
        "Nombre: {I}",
        "{N} y {N} firmaron.",
        "pregúntale a {g}",
        "{N} llamó ayer.",
        "{N} llegó tarde.",
        "{N} ha firmado.",
        "{G} {F} llamó ayer.",
        "Enviado a {G}.",
        "Firmado por {N}.",
        "Enviado a {Y}.",
        "Firmado por {Y}.",
        "{Y} llamó ayer.",
        "{N}, {A} años, acude por {D}.",
        "Asistentes: {N}; {N}; {N}",
        "De: {N} <{E}>",
        "[10:42] {G}: ya voy",
        "La enfermera {N} cambió el apósito.",
        "La hija de {N} llamó.",
        "El {W}, {N} escribió:",
        "Saludos cordiales,\n{N}\n{J}",
    };
    private static final String[] IT = {
        "Grazie {G}!",
        "Sig.ra {F} ha chiamato.",
        "Dott.ssa {N} in reparto.",
        "Un saluto,\n{G}",
        "Sig. {F} verrà {W}.",
        "{N} è stato visitato oggi.",
        "La signora {F} ha chiamato.",
        "Dott. {N} ha prescritto {R}.",
        "Cordiali saluti,\n{N}",
        "Ciao {G},",
        "{N} abita in {S}, {T}.",
        "Partecipanti: {L}",
        "{G}: puoi controllare?",
        "Incontro con {N} di {C}.",
        "Controllo a {M} presso {Q}.",
        "Nome: {I}",
        "{N} e {N} presenti.",
        "{N} ha chiamato.",
        "{N} è arrivato.",
        "Firmato da {N}.",
        "Inviato a {G}.",
        "Firmato da {Y}.",
        "{Y} ha chiamato.",
        "{N}, {A} anni, giunge per {D}.",
        "Presenti: {N}; {N}; {N}",
        "Da: {N} <{E}>",
        "L'infermiera {N} ha cambiato la medicazione.",
        "[10:42] {G}: arrivo",
        "Cordiali saluti,\n{N}\n{J}",
    };
    private static final String[] NL = {
        "dhr. {F} belt terug.",
        "Gesprek met mevrouw {N}.",
        "Dank je, {G}!",
        "dhr. {N} belt terug.",
        "mevr. {F} is opgenomen.",
        "Groetjes,\n{G}",
        "Hoi {G},",
        "{N} is vandaag gezien.",
        "Mevrouw {F} belde.",
        "Met vriendelijke groet,\n{N}",
        "Hallo {G},",
        "Verwezen door dr. {N} voor {D}.",
        "{N} woont aan de {S} in {T}.",
        "Aanwezig: {L}",
        "{G}: kun je dit checken?",
        "Afspraak met {N} van {C}.",
        "Controle in {M} in {Q}.",
        "Naam: {I}",
        "{N} en {N} waren er.",
        "{N} heeft gebeld.",
        "{N} is opgenomen.",
        "Doorgestuurd naar {G}.",
        "Ondertekend door {N}.",
        "Doorgestuurd naar {Y}.",
        "{Y} heeft gebeld.",
        "{N}, {A} jaar, komt voor {D}.",
        "Aanwezig: {N}; {N}; {N}",
        "Van: {N} <{E}>",
        "[10:42] {G}: ben er zo",
        "Verpleegkundige {N} heeft het verband verwisseld.",
        "Met vriendelijke groet,\n{N}\n{J}",
    };
    private static final String[] PL = {
        "Rozmawiałem z panem {F@ins}.",
        "Spotkanie z panią {N@ins}.",
        "List do pana {F@gen}.",
        "Dzięki, {G}!",
        "Pani {N} zadzwoni jutro.",
        "Pan {N} ({J}) podpisał umowę.",
        "Hej {G},",
        "{N} zgłosił się dziś do poradni.",
        "Pani {F} dzwoniła.",
        "Pan {F} przyjdzie w {W}.",
        "Pozdrawiam,\n{N}",
        "Cześć {G},",
        "Skierowany przez dr {N@gen} z powodu {D}.",
        "Rozmowa z {N@ins}.",
        "Spotkanie z {N@ins} z {C}.",
        "Uczestnicy: {L}",
        "{G}: możesz sprawdzić?",
        "{N} mieszka przy {S} w {T}.",
        "Kontrola w {M} w {Q}.",
        "Imię i nazwisko: {I}",
        "Zadzwoń do {N@gen}.",
        "Wysłano do {N@gen}.",
        "Rozmawiałem z {N@ins} wczoraj.",
        "Dziękuję {N@dat} za pomoc.",
        "Pacjent {N} czuje się lepiej.",
        "Wizyta u {N@gen} w {M}.",
        "Z poważaniem, {N}",
        "{N} zadzwonił wczoraj.",
        "{N} była na wizycie.",
        "{N} jest w szpitalu.",
        "{G} zadzwoniła.",
        "Podpisał {N}.",
        "{Y} zadzwonił.",
        "{N}, lat {A}, zgłasza się z powodu {D}.",
        "Obecni: {N}; {N}; {N}",
        "Od: {N} <{E}>",
        "[10:42] {G}: już jadę",
        "Pielęgniarka {N} zmieniła opatrunek.",
        "Pozdrawiam serdecznie\n{N}\n{J}",
    };
    private static final String[] CS = {
        "Mluvil jsem s panem {F@ins}.",
        "Dopis pro pana {F@gen}.",
        "Díky, {G}!",
        "Paní {N} volala.",
        "pan {F} přijde zítra.",
        "Dobrý den, paní {F},",
        "{N} byl dnes vyšetřen.",
        "Paní {F} volala.",
        "Pan {F} přijde ve {W}.",
        "S pozdravem\n{N}",
        "Ahoj {G},",
        "Odesláno MUDr. {N} kvůli {D}.",
        "Mluvil jsem s {N@ins}.",
        "Schůzka s {N@ins} z {C}.",
        "Účastníci: {L}",
        "{G}: můžeš to zkontrolovat?",
        "{N} bydlí v ulici {S}, {T}.",
        "Kontrola v {M} v {Q}.",
        "Jméno: {I}",
        "Zavolejte {N@dat}.",
        "Dopis pro {N@gen}.",
        "Předáno {N@dat} k vyřízení.",
        "Pacient {N} se cítí lépe.",
        "Konzultace s {H} {N@ins}.",
        "Omluva od {N@gen}.",
        "Děkuji {N@dat} za pomoc.",
        "{N} volal včera.",
        "{N} přijde zítra.",
        "{N} byla propuštěna.",
        "{N} je nemocný.",
        "{G} volala.",
        "Podepsal {N}.",
        "{Y} volal.",
        "{N}, {A} let, přichází pro {D}.",
        "Přítomni: {N}; {N}; {N}",
        "Od: {N} <{E}>",
        "[10:42] {G}: už jdu",
        "Sestra {N} převázala ránu.",
        "S pozdravem\n{N}\n{J}",
    };
    private static final String[] PT_SV = {
        "{N} foi atendido hoje.",
        "Atenciosamente,\n{N}",
        "Olá {G},",
        "Encaminhado pelo Dr. {N}.",
        "Reunião com {N} da {C}.",
        "{N} träffade läkaren idag.",
        "Med vänliga hälsningar,\n{N}",
        "Hej {G},",
        "Möte med {N} från {C}.",
        "{N} ligou ontem.",
        "{N} ringde igår.",
        "Enviado para {G}.",
        "{Y} ligou ontem.",
        "{N}, {A} anos, procura atendimento.",
        "De: {N} <{E}>",
        "{N}, {A} år, söker för {D}.",
        "Från: {N} <{E}>",
    };

    /**
     * Name-free prose per language (the same order as the person templates: EN, DE, FR, ES, IT, NL,
     * PL, CS, PT_SV): real text has far fewer names than the person templates, and most of its
     * capitalised words are sentence openers, nouns (German), headings, products, places and
     * organisations. {Z} is a noun of the locale (food, animal, shop department, material), {J} a
     * job title, {P} a product, {K} a country or region; greetings and sign-offs to a group or a
     * team are here too.
     */
    private static final String[][] PROSE = {
        {
            "Reviewed the {X} results with the team.",
            "Blood pressure stable, no new complaints.",
            "Plan: continue {R} and recheck in {M}.",
            "Called the pharmacy to confirm the dose.",
            "Order shipped on {W}; tracking number sent.",
            "Dear Team,",
            "Hi all,",
            "Hi everyone,",
            "Hello Support,",
            "Best regards,\nSupport Team",
            "Thanks, everyone!",
            "Kind regards,\n{O}",
            "— The {C} Team",
            "Dear Customer,",
            "Dear Hiring Manager,",
            "Dear Sir or Madam,",
            "To whom it may concern:",
            "Regards,\nCustomer Service",
            "{J}: please review the attached {X} report.",
            "Signed: {J}",
            "Head Nurse on duty.",
            "Our {J} will contact you.",
            "Meeting moved to {W} afternoon.",
            "Shipping to {K} takes five days.",
            "Product: {P}",
            "The {P} arrived damaged.",
            "Refund issued for {P}.",
            "Customer prefers {Z} over {Z}.",
            "Sales in {K} grew in {M}.",
            "Weather delayed the delivery.",
            "Patient denies fever, chills or cough.",
            "Wound clean and dry, dressing changed.",
            "Lungs clear bilaterally.",
            "Heart sounds regular, no murmurs.",
            "Tolerating diet, ambulating in hallway.",
            "Labs pending, will follow up.",
            "No known drug allergies.",
            "Password reset requested via the portal.",
            "Ticket closed as resolved.",
            "Invoice overdue by two weeks.",
            "Great news: the {X} is live!",
            "Sounds good, thanks!",
            "Quick question about the {P}.",
            "Any update on this?",
            "Attached please find the signed form.",
            "Looking forward to hearing from you.",
            "See you on {W}.",
            "Happy {M}!",
            "Welcome aboard!",
            "Reminder: {X} due {W}.",
            "Agenda: budget, hiring, {X}.",
            "Status: Open",
            "Priority: High",
            "Department: {J}",
            "Location: {T}, {K}",
            "Region: {K}",
            "Product Name: {P}",
            "Intake Form",
            "Visit Summary",
            "Medication List",
            "Insurance Information",
            "Emergency Contact",
            "Diagnosis: {D}",
            "Procedure: {X}",
            "Referral reason: {D}",
            "Unit: {J}",
            "Role: {J}",
            "Consider {R} if symptoms persist.",
            "Continue current regimen.",
            "Return if worse.",
            "Discussed risks and benefits.",
            "Everything looks fine.",
            "Nothing to report.",
            "Checked in at {Q}.",
            "Works as a {J} in {T}.",
            "Moved from {K} last year.",
            "Pending approval from Finance.",
            "Escalated to Legal.",
            "Forwarded to Billing.",
            "Hi Team, the {P} is back in stock.",
            "Thank you for your patience.",
            "Sorry for the delay.",
            "Yes, please go ahead.",
            "Sure, will do.",
            "Noted, thanks.",
            "Approved.",
            "Declined.",
            "Confirmed for {W}.",
            "{X} Protocol Update",
            "{K} Office Closure",
            "New {P} Launch",
            "Annual {X} Training",
            "{J} Onboarding Checklist",
            "Pt is a {A} yo M seen for knee pain.",
            "Pt tolerated procedure well.",
            "Hx of {D}.",
            "Dx: {D}",
            "Rx: {R}",
            "Appt moved to {W}.",
            "Caller states the {P} stopped working.",
            "Requester: {J}",
            "Reporter: {O}",
            "Grand Rounds",
            "Wellness Check scheduled.",
            "Follow Up Instructions",
            "Discharge Instructions",
            "Patient Education",
            "Plan of Care",
            "Code Status: Full Code",
            "Weekly Sync",
            "Board Meeting",
            "Known Issues",
            "Key Takeaways",
            "Status Report",
            "Home Medications:",
            "Ordered {R} and {R}.",
            "Switched from {R} to {R}.",
            "Seen at {V}.",
            "Transferred to {V} overnight.",
            "{V} confirmed."
        },
        {
            "Der {Z} wurde geliefert.",
            "Die {Z} ist leider ausverkauft.",
            "Das {Z} kostet zehn Euro.",
            "Wir haben {Z} und {Z} bestellt.",
            "Hallo zusammen,",
            "Liebes Team,",
            "Sehr geehrte Damen und Herren,",
            "Viele Grüße\nIhr Kundenservice",
            "Mit freundlichen Grüßen\nIhr {C} Team",
            "Die Patientin ist wach und orientiert.",
            "Der Patient klagt über Übelkeit.",
            "Keine Allergien bekannt.",
            "Wunde reizlos, Verband gewechselt.",
            "Blutdruck und Puls im Normbereich.",
            "Die Lieferung kommt am {W}.",
            "Die Rechnung ist noch offen.",
            "Bitte schicken Sie uns die Unterlagen.",
            "Unser {J} meldet sich bei Ihnen.",
            "Abteilung: {Z}",
            "Produkt: {P}",
            "Kategorie: {Z}",
            "Land: {K}",
            "Termin verschoben auf {W}.",
            "Kontrolle in drei Monaten.",
            "Weiter mit {R} wie bisher.",
            "Diagnose: {D}",
            "Der Kunde möchte die {Z} zurückgeben.",
            "Im Lager fehlen noch {Z} und {Z}.",
            "Die {Z} aus {K} ist angekommen.",
            "Vielen Dank für die schnelle Antwort.",
            "Ich melde mich morgen wieder.",
            "Alles klar, danke!",
            "Kurze Frage zur Bestellung.",
            "Anhang: Befundbericht",
            "Entlassungsbericht",
            "Aufnahmebefund",
            "Medikation",
            "Die Nachbarin hat den Schlüssel.",
            "Der Hausarzt wurde informiert.",
            "Die Krankenkasse hat abgelehnt.",
            "Das Angebot gilt bis Ende {M}.",
            "Neue Preise ab {M}.",
            "Unsere Filiale in {T} bleibt geschlossen.",
            "Schmerzen beim Gehen, Schwellung am Knöchel.",
            "Gestern Abend Fieber, heute besser.",
            "Röntgen ohne Befund.",
            "Besprechung mit der Geschäftsleitung am {W}.",
            "Der Vertrag läuft im {M} aus.",
            "Zahlung per Überweisung."
        },
        {
            "Le {Z} est arrivé.",
            "La livraison est prévue {W}.",
            "Bonjour à tous,",
            "Chère équipe,",
            "Cher client,",
            "Madame, Monsieur,",
            "Cordialement,\nLe service client",
            "Patient calme, pas de fièvre.",
            "Pas d'allergie connue.",
            "Traitement inchangé.",
            "Rendez-vous reporté à {M}.",
            "Merci pour votre retour.",
            "La facture est en attente.",
            "Produit : {P}",
            "Pays : {K}",
            "Diagnostic : {D}",
            "Compte rendu d'hospitalisation",
            "Notre {J} vous contactera.",
            "Douleurs abdominales depuis hier.",
            "Examen clinique normal.",
            "Réunion avec la direction à {T}."
        },
        {
            "El {Z} llegó ayer.",
            "Hola a todos,",
            "Estimado cliente,",
            "Querido equipo,",
            "Saludos,\nAtención al cliente",
            "Paciente estable, sin fiebre.",
            "Sin alergias conocidas.",
            "Control en tres meses.",
            "Gracias por su paciencia.",
            "La factura sigue pendiente.",
            "Producto: {P}",
            "País: {K}",
            "Diagnóstico: {D}",
            "Informe de alta",
            "Nuestro {J} le llamará.",
            "Dolor lumbar desde el {W}.",
            "Reunión con la dirección en {T}."
        },
        {
            "Il {Z} è arrivato.",
            "Ciao a tutti,",
            "Gentile cliente,",
            "Caro team,",
            "Cordiali saluti,\nServizio clienti",
            "Paziente stabile, apirettico.",
            "Nessuna allergia nota.",
            "Controllo tra tre mesi.",
            "Grazie per la pazienza.",
            "La fattura è ancora aperta.",
            "Prodotto: {P}",
            "Paese: {K}",
            "Diagnosi: {D}",
            "Lettera di dimissione",
            "Il nostro {J} la contatterà.",
            "Dolore toracico da {W}.",
            "Riunione con la direzione a {T}."
        },
        {
            "De {Z} is geleverd.",
            "Hallo allemaal,",
            "Beste klant,",
            "Beste collega's,",
            "Met vriendelijke groet,\nKlantenservice",
            "Patiënt stabiel, geen koorts.",
            "Geen allergieën bekend.",
            "Controle over drie maanden.",
            "Bedankt voor uw geduld.",
            "De factuur staat nog open.",
            "Product: {P}",
            "Land: {K}",
            "Diagnose: {D}",
            "Ontslagbrief",
            "Onze {J} neemt contact op.",
            "Pijn in de knie sinds {W}.",
            "Overleg met de directie in {T}."
        },
        {
            "Szanowni Państwo,",
            "Cześć wszystkim,",
            "Drogi kliencie,",
            "Pozdrawiam,\nDział obsługi klienta",
            "Pacjent stabilny, bez gorączki.",
            "Brak znanych alergii.",
            "Kontrola za trzy miesiące.",
            "Dziękujemy za cierpliwość.",
            "Faktura nadal nieopłacona.",
            "Produkt: {P}",
            "Kraj: {K}",
            "Rozpoznanie: {D}",
            "Karta informacyjna",
            "Nasz {J} skontaktuje się z Państwem.",
            "Ból głowy od {W}.",
            "Spotkanie z zarządem w {T}."
        },
        {
            "Vážení zákazníci,",
            "Ahoj všichni,",
            "Milý týme,",
            "S pozdravem\nZákaznická podpora",
            "Pacient stabilní, bez horečky.",
            "Alergie neudává.",
            "Kontrola za tři měsíce.",
            "Děkujeme za trpělivost.",
            "Faktura je stále neuhrazená.",
            "Produkt: {P}",
            "Země: {K}",
            "Diagnóza: {D}",
            "Propouštěcí zpráva",
            "Náš {J} vás bude kontaktovat.",
            "Bolest zad od {W}.",
            "Schůzka s vedením v {T}."
        },
        {
            "Olá a todos,",
            "Prezado cliente,",
            "Paciente estável, sem febre.",
            "Produto: {P}",
            "Hej allihopa,",
            "Bästa kund,",
            "Patienten är stabil.",
            "Produkt: {P}",
            "Tack för ditt tålamod."
        },
    };

    private static final String[] NON_NAMES = {
        "Parkinson disease",
        "Crohn disease",
        "Glasgow Coma Scale",
        "Alzheimer",
        "Hodgkin lymphoma",
        "Down syndrome",
        "Apgar score",
        "Babinski sign",
        "Cushing syndrome",
        "Addison disease",
        "Bell palsy",
        "Wilson disease",
        "Graves disease",
        "Hashimoto thyroiditis",
        "Tourette syndrome",
        "Huntington disease",
        "Lyme disease",
        "Epstein-Barr virus",
        "Foley catheter",
        "Heimlich maneuver",
        "Doppler ultrasound",
        "Gram stain",
        "Pap smear",
        "Holter monitor",
        "Whipple procedure",
        "Kaposi sarcoma",
        "Guillain-Barré syndrome",
        "Raynaud phenomenon",
        "Marfan syndrome",
        "Bethesda score",
        "Wells score",
        "Braden Scale",
        "Morse Fall Scale",
        "Barthel Index",
        "iPhone",
        "Excel",
        "Outlook",
        "Teams",
        "Zoom",
        "Slack",
        "Windows",
        "Android",
        "Salesforce",
        "SharePoint",
        "Jira",
        "GitHub",
        "Kubernetes",
        "PowerPoint",
        "Acrobat",
        "Chrome",
        "Firefox",
        "WhatsApp",
        "LinkedIn",
        "PayPal",
        "NHS",
        "WHO",
        "Red Cross",
        "Microsoft",
        "Google",
        "Amazon",
        "Siemens",
        "Bosch",
        "Nestlé",
        "Allianz",
        "Deutsche Bahn",
        "Air France",
        "Lufthansa",
        "Medicare",
        "Medicaid",
        "Blue Cross",
        "Volkswagen",
        "Toyota",
        "North Wing",
        "East Building",
        "Main Street",
        "Central Station",
        "City Hall",
        "Town Hall",
        "High Street",
        "Emergency Department",
        "Intensive Care Unit",
        "Radiology",
        "Cardiology",
        "Oncology",
        "Pediatrics",
        "Christmas",
        "Easter",
        "Ramadan",
        "Thanksgiving",
        "New Year",
        "Black Friday",
        "Q3 Review",
        "Budget Report",
        "Annual Report",
        "Terms and Conditions",
        "Privacy Policy",
        "Customer Service",
        "Help Desk",
        "Release Notes",
        "Ibuprofen",
        "Paracetamol",
        "Metformin",
        "Aspirin",
        "Insulin",
        "Warfarin",
        "Lisinopril",
        "Amoxicillin",
        "CT",
        "MRI",
        "ECG",
        "COVID",
        "HIV",
        "COPD",
        "BMI",
        "HbA1c",
        "INR",
        "PDF",
        "CSV",
        "API",
        "VPN",
        "SLA",
        "KPI",
        "Le Monde",
        "La Poste",
        "De Beers",
        "Van Nuys",
        "El Paso",
        "La Paz",
        "Las Vegas",
        "Los Angeles",
        "Des Moines",
        "Du Pont",
        "Della Street",
        "Di Maria Bakery",
        "Grand Rounds",
        "Wellness Check",
        "Morning Huddle",
        "Open House",
        "Town Hall Meeting",
        "Ozempic",
        "Jardiance",
        "Eliquis",
        "Xarelto",
        "Humira",
        "Keytruda",
        "Lipitor",
        "Zoloft",
        "Lexapro",
        "Synthroid"
    };

    private static final String[][] HONORIFICS = {
        {"Mr", "Mrs", "Ms", "Dr", "Dr.", "Mr.", "Mrs.", "Prof.", "Miss"},
        {"Herr", "Frau", "Dr.", "Prof."},
        {"M.", "Mme", "Dr", "Pr"},
        {"Sr.", "Sra.", "Dr.", "Dra."},
        {"Sig.", "Dott.", "Sig.ra"},
        {"dhr.", "mevr.", "dr."},
        {"Pan", "Pani", "dr"},
        {"pan", "paní", "MUDr.", "Ing."}
    };
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Januar",
        "März",
        "Juni",
        "Oktober",
        "Dezember",
        "janvier",
        "Mai",
        "Juli",
        "enero",
        "marzo",
        "maggio",
        "maart",
        "styczeń",
        "listopad",
        "říjen",
        "Sept",
        "Jan",
        "Feb"
    };
    private static final String[] WEEKDAYS = {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Montag",
        "Freitag",
        "lundi",
        "martes",
        "lunedì",
        "maandag",
        "poniedziałek",
        "pondělí"
    };

    private static final String[] PARTICLES = {
        "van der", "van", "de", "de la", "von", "bin", "al-", "da", "di", "van den", "le", "dos",
        "del", "ter", "el-"
    };

    private final Random random;
    private final Faker[] fakers;

    PersonTrainingData(long seed) {
        this.random = new Random(seed);
        this.fakers = new Faker[LOCALES.length];
        for (int i = 0; i < LOCALES.length; i++) {
            fakers[i] = new Faker(Locale.forLanguageTag(LOCALES[i]), new Random(seed * 31 + i));
        }
    }

    List<Example> generate(int count) {
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            examples.add(sentence());
        }
        return examples;
    }

    private Example sentence() {
        int lang = random.nextInt(20);
        int group;
        int locale;
        int honorifics;
        if (lang < 8) {
            group = 0;
            locale = random.nextInt(3) == 0 ? random.nextInt(LOCALES.length) : random.nextInt(3);
            honorifics = 0;
        } else {
            switch (lang) {
                case 8, 9 -> {
                    group = 1;
                    locale = 3 + random.nextInt(2);
                    honorifics = 1;
                }
                case 10 -> {
                    group = 2;
                    locale = 5;
                    honorifics = 2;
                }
                case 11 -> {
                    group = 3;
                    locale = random.nextBoolean() ? 6 : 24;
                    honorifics = 3;
                }
                case 12 -> {
                    group = 4;
                    locale = 7;
                    honorifics = 4;
                }
                case 13 -> {
                    group = 5;
                    locale = 8;
                    honorifics = 5;
                }
                case 14, 15 -> {
                    group = 6;
                    locale = 9;
                    honorifics = 6;
                }
                case 16, 17 -> {
                    group = 7;
                    locale = random.nextBoolean() ? 10 : 11;
                    honorifics = 7;
                }
                default -> {
                    group = 8;
                    locale = random.nextBoolean() ? 13 : 15;
                    honorifics = 0;
                }
            }
            if (random.nextInt(5) == 0) {
                locale = random.nextInt(LOCALES.length);
            }
        }
        String[] templates = PERSON_TEMPLATES[group];
        String[] prose = PROSE[group];
        // a short document: one sentence with names and up to three without, as real notes and
        // mails mostly are
        int parts = 1 + random.nextInt(4);
        int withNames = random.nextInt(parts);
        StringBuilder template = new StringBuilder();
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                template.append(random.nextInt(3) == 0 ? "\n" : " ");
            }
            boolean names = part == withNames || random.nextInt(6) == 0;
            String sentence =
                    names
                            ? templates[random.nextInt(templates.length)]
                            : prose[random.nextInt(prose.length)];
            if (random.nextInt(4) == 0) {
                sentence = negativeFiller() + " " + sentence;
            }
            template.append(sentence);
        }
        // a locale's own nouns (German food, animals, departments) come from its own faker
        Faker nouns = fakers[NOUN_LOCALES[group]];
        StringBuilder text = new StringBuilder();
        List<int[]> persons = new ArrayList<>();
        Faker faker = fakers[locale];
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf("}", i) : -1;
            if (close < 0) {
                text.append(c);
                i++;
                continue;
            }
            String slot = template.substring(i + 1, close);
            i = close + 1;
            fill(slot, faker, nouns, honorifics, text, persons);
        }
        return new Example(text.toString(), persons);
    }

    private static final String[][] PERSON_TEMPLATES = {EN, DE, FR, ES, IT, NL, PL, CS, PT_SV};

    /** The faker whose locale's nouns fill {Z} for each template group. */
    private static final int[] NOUN_LOCALES = {0, 3, 5, 6, 7, 8, 9, 10, 13};

    /**
     * The ordinary words of the templates themselves (lower case, in no name list), capitalised as
     * a sentence opener: so "Valid", "Reviewed" or "Schmerzen" at the start of a sentence is learnt
     * as no name, in every template language.
     */
    private static final String[] ORDINARY = ordinaryWords();

    private static String[] ordinaryWords() {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (String[] templates : concat(PERSON_TEMPLATES, PROSE)) {
            for (String template : templates) {
                for (String w : template.replaceAll("\\{[^}]*}", " ").split("[^\\p{L}]+")) {
                    if (w.length() >= 3
                            && w.equals(w.toLowerCase(Locale.ROOT))
                            && !NameLexicon.FIRST_NAMES.contains(w)
                            && !NameLexicon.LAST_NAMES.contains(w)) {
                        words.add(w);
                    }
                }
            }
        }
        return words.toArray(String[]::new);
    }

    /**
     * Sentence openers that are no names: verbs, adverbs, greetings to nobody in particular
     * (several languages).
     */
    private static final String[] OPENERS =
            ("Ordered Requested Received Confirmed Checked Updated Scheduled Cancelled Resolved "
                            + "Shipped Delivered Returned Refunded Signed Sent Forwarded Attached Started Stopped Increased Decreased Denies "
                            + "Reports Presents Complains Tolerated Improved Worsened Admitted Discharged Transferred Referred Prescribed "
                            + "Administered Recommended Advised Explained Agreed Declined Unfortunately Fortunately Currently Previously "
                            + "Recently Meanwhile However Otherwise Additionally Finally Initially Overall Apparently Honestly Basically "
                            + "Weekly Monthly Daily Quick Urgent Important Reminder Heads Following Regarding Attached Awaiting Pending "
                            + "Hallo Leider Zusätzlich Außerdem Bisher Derzeit Aktuell Inzwischen Anschließend Gestern Morgen Bitte Danke "
                            + "Bestellt Geliefert Erhalten Geprüft Storniert Aufnahme Entlassung Verlegung Kontrolle Schmerzen Fieber "
                            + "Actuellement Malheureusement Ensuite Hier Demain Merci Reçu Envoyé Actualmente Ayer Mañana Gracias Recibido "
                            + "Attualmente Ieri Domani Grazie Ricevuto Gisteren Morgen Bedankt Ontvangen Wczoraj Jutro Dziękuję Otrzymano "
                            + "Včera Zítra Děkuji Přijato Pt Pts Hx Dx Rx Tx Sx Appt Abx Meds Vitals Labs Neuro Resp Ortho Peds Caller Requester")
                    .split(" ");

    private static String[][] concat(String[][] a, String[][] b) {
        String[][] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private String negativeFiller() {
        if (random.nextBoolean()) {
            String w = ORDINARY[random.nextInt(ORDINARY.length)];
            String opener = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            return random.nextBoolean()
                    ? opener
                    : opener
                            + " "
                            + ORDINARY[random.nextInt(ORDINARY.length)]
                            + (random.nextBoolean() ? "." : ":");
        }
        if (random.nextInt(3) == 0) {
            return OPENERS[random.nextInt(OPENERS.length)];
        }
        String[] openers = {
            "Reviewed",
            "Discussed",
            "Please",
            "Update:",
            "Note:",
            "Today",
            "Also",
            "Called",
            "Plan:",
            "Attended",
            "Urgent:",
            "FYI",
            "Spoke",
            "Noted",
            "Overall",
            "Morning",
            "Re:",
            "Subject:",
            "Jak",
            "Heute",
            "Hoy",
            "Date of visit:",
            "Date:",
            "Case 4471:",
            "Page 2.",
            "Bill",
            "Mark",
            "Best",
            "Young",
            "Long",
            "King",
            "Grace period.",
            "Rose",
            "Page",
            "Will",
            "May",
            "Luhn check failed.",
            "Apgar 9.",
            "Doppler normal.",
            "Foley removed.",
            "Nine",
            "Two",
            "Ten"
        };
        return openers[random.nextInt(openers.length)];
    }

    private void fill(
            String slot,
            Faker faker,
            Faker nouns,
            int honorifics,
            StringBuilder text,
            List<int[]> persons) {
        String[] parts = slot.split("@");
        switch (parts[0]) {
            case "N" -> person(text, persons, fullName(faker, parts.length > 1 ? parts[1] : null));
            case "G" -> person(text, persons, given(faker));
            case "g" -> person(text, persons, given(faker).toLowerCase(Locale.ROOT));
            case "F" ->
                    person(
                            text,
                            persons,
                            parts.length > 1 ? inflect(family(faker), parts[1]) : family(faker));
            case "I" -> {
                String family = family(faker);
                person(
                        text,
                        persons,
                        (random.nextInt(3) == 0 ? family.toUpperCase(Locale.ROOT) : family)
                                + ", "
                                + given(faker));
            }
            case "L" -> {
                int n = 2 + random.nextInt(3);
                String[] joiners = {" and ", " und ", " et ", " y ", " e ", " i ", " en ", " a "};
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        text.append(k == n - 1 ? joiners[random.nextInt(joiners.length)] : ", ");
                    }
                    person(
                            text,
                            persons,
                            random.nextInt(3) == 0 ? fullName(faker, null) : given(faker));
                }
            }
            case "H" -> {
                String[] options = HONORIFICS[honorifics];
                text.append(options[random.nextInt(options.length)]);
            }
            case "C" -> text.append(safe(() -> faker.company().name(), "Acme"));
            case "T" -> text.append(safe(() -> faker.address().city(), "Springfield"));
            case "S" -> text.append(safe(() -> faker.address().streetName(), "Main Street"));
            case "Q" -> text.append(safe(() -> faker.medical().hospitalName(), "General Hospital"));
            case "D" ->
                    text.append(
                            random.nextBoolean()
                                    ? safe(() -> faker.medical().diseaseName(), "asthma")
                                    : NON_NAMES[random.nextInt(36)]);
            case "R" -> text.append(safe(() -> faker.medical().medicineName(), "Aspirin"));
            case "X" -> text.append(NON_NAMES[random.nextInt(NON_NAMES.length)]);
            case "Y" ->
                    text.append(
                            switch (random.nextInt(5)) {
                                case 0 -> safe(() -> nouns.commerce().department(), "Billing");
                                case 1 -> safe(() -> faker.medical().medicineName(), "Aspirin");
                                case 2 -> safe(() -> faker.app().name(), "Zoomit");
                                case 3 -> safe(() -> faker.job().field(), "Finance");
                                default -> NON_NAMES[random.nextInt(NON_NAMES.length)];
                            });
            case "O" -> text.append(organisation(faker));
            case "A" -> text.append(18 + random.nextInt(80));
            case "E" -> text.append(email(faker));
            case "U" -> text.append(LABELS[random.nextInt(LABELS.length)]);
            case "V" -> text.append(possessiveNonName(faker));
            case "B" -> text.append(heading());
            case "M" -> text.append(MONTHS[random.nextInt(MONTHS.length)]);
            case "W" -> text.append(WEEKDAYS[random.nextInt(WEEKDAYS.length)]);
            case "Z" ->
                    text.append(
                            switch (random.nextInt(5)) {
                                case 0 -> safe(() -> nouns.food().ingredient(), "Zucker");
                                case 1 -> safe(() -> nouns.animal().name(), "Hund");
                                case 2 -> safe(() -> nouns.commerce().department(), "Garten");
                                case 3 -> safe(() -> nouns.commerce().material(), "Holz");
                                default -> safe(() -> nouns.food().spice(), "Pfeffer");
                            });
            case "J" ->
                    text.append(
                            safe(
                                    () ->
                                            random.nextBoolean()
                                                    ? faker.job().title()
                                                    : faker.job().position(),
                                    "Manager"));
            case "P" ->
                    text.append(
                            safe(
                                    () ->
                                            random.nextBoolean()
                                                    ? nouns.commerce().productName()
                                                    : faker.device().modelName(),
                                    "Widget"));
            case "K" ->
                    text.append(
                            safe(
                                    () ->
                                            random.nextBoolean()
                                                    ? faker.address().country()
                                                    : faker.address().state(),
                                    "Bavaria"));
            default -> throw new IllegalArgumentException(slot);
        }
    }

    private static final String[] ORG_WORDS = {
        "Corporation",
        "Corp",
        "Solutions",
        "Systems",
        "Technologies",
        "Consulting",
        "Services",
        "Partners",
        "Pharma",
        "Labs",
        "Health",
        "Bank",
        "Insurance",
        "Logistics",
        "Airlines",
        "Motors",
        "Energy",
        "Foods",
        "Media",
        "Software",
        "Holdings",
        "Capital",
        "Group",
        "Industries",
        "Clinic",
        "University",
        "Institute",
        "Foundation",
        "Hotel",
        "Pharmacy",
        "Dental",
        "Bakery",
        "Construction",
        "Realty",
        "Legal",
        "Associates",
        "AG",
        "GmbH",
        "S.A.",
        "Ltd",
        "Inc.",
        "SE",
        "BV",
        "& Co.",
        "Brothers",
        "Studio",
        "Networks",
        "Telecom",
        "Analytics",
        "Robotics"
    };
    private static final String[] BRANDS = {
        "Acme",
        "Globex",
        "Initech",
        "Umbrella",
        "Stark",
        "Wayne",
        "Vandelay",
        "Nordwind",
        "Alpenblick",
        "Sunrise",
        "Bluewave",
        "Greenfield",
        "Northstar",
        "Silverline",
        "Redwood",
        "Horizon",
        "Apex",
        "Zenith",
        "Vertex",
        "Orion",
        "Atlas",
        "Phoenix",
        "Evergreen",
        "Summit",
        "Pinnacle",
        "Crescent",
        "Lakeside",
        "Riverside"
    };
    private static final String[] HEADINGS = {
        "Discharge Summary",
        "Progress Note",
        "Operative Report",
        "History and Physical",
        "Medication Reconciliation",
        "Care Plan",
        "Quarterly Business Review",
        "Account Overview",
        "Meeting Minutes",
        "Action Items",
        "Open Questions",
        "Release Notes",
        "Customer Feedback",
        "Incident Report",
        "Follow Up",
        "Next Steps",
        "Vital Signs",
        "Review of Systems",
        "Physical Exam",
        "Assessment and Plan",
        "Social History",
        "Family History",
        "Chief Complaint",
        "Lab Results",
        "Imaging Findings",
        "Billing Details",
        "Shipping Address",
        "Contact Details",
        "Terms of Service",
        "Order Summary",
        "Support Ticket",
        "Product Roadmap",
        "Sprint Planning"
    };

    /**
     * Capitalised role labels before a colon: the label is no name, though it stands where a
     * speaker's name would.
     */
    private static final String[] LABELS = {
        "Caller",
        "Requester",
        "Reporter",
        "Assignee",
        "Reviewer",
        "Approver",
        "Provider",
        "Physician",
        "Surgeon",
        "Guardian",
        "Spouse",
        "Technician",
        "Agent",
        "Owner",
        "Contact",
        "Sender",
        "Recipient",
        "Pharmacist",
        "Interpreter",
        "Clinician",
        "Therapist",
        "Anrufer",
        "Ansprechpartner",
        "Demandeur",
        "Solicitante",
        "Richiedente",
        "Aanvrager",
        "Zgłaszający",
        "Žadatel",
        "Organizer",
        "Host",
        "Speaker",
        "Moderator",
        "Attending",
        "Consultant",
        "Coordinator"
    };

    /**
     * Places and conditions named after a person: a saint's or a founder's possessive, an eponym's
     * disease.
     */
    private String possessiveNonName(Faker faker) {
        String name = random.nextBoolean() ? given(faker) : nameParts(faker)[1];
        String[] saints = {"St. ", "St ", "Saint ", "San ", "Santa ", "Sankt "};
        String[] places = {
            "Hospital",
            "Church",
            "School",
            "Medical Center",
            "Road",
            "College",
            "Cathedral",
            "Clinic",
            "Park",
            "Hall"
        };
        String[] conditions = {
            "disease", "syndrome", "palsy", "sign", "test", "law", "maneuver", "score"
        };
        return switch (random.nextInt(3)) {
            case 0 ->
                    saints[random.nextInt(saints.length)]
                            + name
                            + (random.nextBoolean() ? "'s " : " ")
                            + places[random.nextInt(places.length)];
            case 1 -> name + "'s " + conditions[random.nextInt(conditions.length)];
            default ->
                    name
                            + "'s "
                            + (random.nextBoolean()
                                    ? "Bakery"
                                    : random.nextBoolean() ? "Diner" : "Pharmacy");
        };
    }

    private String email(Faker faker) {
        String[] parts = nameParts(faker);
        String local =
                (random.nextBoolean() ? parts[0].charAt(0) + "" : parts[0] + ".")
                        + parts[1].replace(" ", "");
        String[] domains = {"example.org", "mail.example", "clinic.example.com", "corp.example"};
        return java.text.Normalizer.normalize(
                                local.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                        .replaceAll("[^a-z.]", "")
                + "@"
                + domains[random.nextInt(domains.length)];
    }

    private String organisation(Faker faker) {
        String base =
                random.nextBoolean()
                        ? BRANDS[random.nextInt(BRANDS.length)]
                        : random.nextBoolean()
                                ? nameParts(faker)[1]
                                : safe(() -> faker.address().cityName(), "Lakeside");
        return base + " " + ORG_WORDS[random.nextInt(ORG_WORDS.length)];
    }

    private String heading() {
        return HEADINGS[random.nextInt(HEADINGS.length)];
    }

    private static void person(StringBuilder text, List<int[]> persons, String name) {
        int start = text.length();
        text.append(name);
        persons.add(new int[] {start, text.length()});
    }

    private String given(Faker faker) {
        String[] name = nameParts(faker);
        return name[0];
    }

    private String family(Faker faker) {
        String family = nameParts(faker)[1];
        if (random.nextInt(12) == 0) {
            // a capitalised particle opening the family name: "De Vries", "Van Dijk", "Di Stefano",
            // "Le Roux"
            family = CAPITAL_PARTICLES[random.nextInt(CAPITAL_PARTICLES.length)] + family;
        }
        return family;
    }

    private static final String[] CAPITAL_PARTICLES = {
        "De ",
        "Van ",
        "Di ",
        "Da ",
        "Le ",
        "Van der ",
        "Von ",
        "Del ",
        "Al-",
        "El-",
        "Mc",
        "O'",
        "Dos ",
        "Du ",
        "Della ",
        "La ",
        "Ter ",
        "Van den "
    };

    /**
     * A full name in one of the shapes people write: with a middle initial, initials, a hyphen, a
     * particle, capitals.
     */
    private String fullName(Faker faker, String grammaticalCase) {
        String[] name = nameParts(faker);
        String given = name[0];
        String family = name[1];
        if (grammaticalCase != null) {
            given = inflect(given, grammaticalCase);
            family = inflect(family, grammaticalCase);
        }
        int shape = random.nextInt(26);
        return switch (shape) {
            case 0 -> given + " " + (char) ('A' + random.nextInt(26)) + ". " + family;
            case 1 -> given.charAt(0) + ". " + family;
            case 2 ->
                    random.nextBoolean()
                            ? given.charAt(0)
                                    + ". "
                                    + (char) ('A' + random.nextInt(26))
                                    + ". "
                                    + family
                            : given.charAt(0)
                                    + "."
                                    + (char) ('A' + random.nextInt(26))
                                    + "."
                                    + (random.nextBoolean()
                                            ? ""
                                            : (char) ('A' + random.nextInt(26)) + ".")
                                    + " "
                                    + family;
            case 3 -> given + " " + family + "-" + nameParts(faker)[1];
            case 4 -> {
                String particle = PARTICLES[random.nextInt(PARTICLES.length)];
                yield given + " " + particle + (particle.endsWith("-") ? "" : " ") + family;
            }
            case 5 -> given + " " + family.toUpperCase(Locale.ROOT);
            case 6 -> given + " " + nameParts(faker)[0] + " " + family;
            case 7 -> given + "-" + nameParts(faker)[0] + " " + family;
            case 8 -> given + " " + nameParts(faker)[0] + " " + family + " " + nameParts(faker)[1];
            case 9 ->
                    given
                            + (random.nextBoolean() ? " bin " : " ibn ")
                            + nameParts(faker)[0]
                            + " "
                            + family;
            case 10 ->
                    random.nextBoolean()
                            ? family.toUpperCase(Locale.ROOT) + " " + given
                            : given + " " + family.charAt(0) + ".";
            case 11 ->
                    given
                            + " "
                            + CAPITAL_PARTICLES[random.nextInt(CAPITAL_PARTICLES.length)]
                            + family;
            case 12 ->
                    given
                            + " "
                            + (random.nextBoolean() ? "O'" : random.nextBoolean() ? "Mc" : "Mac")
                            + family;
            default -> given + " " + family;
        };
    }

    private String[] nameParts(Faker faker) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String full = safe(() -> faker.name().name(), "");
            List<String> words = new ArrayList<>();
            for (String w : full.split("\\s+")) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (w.isEmpty()
                        || w.contains(".")
                        || w.contains("#")
                        || NameLexicon.honorific(w)
                        || lower.matches("jr|sr|ii|iii|iv|v|phd|md|dds|csc|drsc|bsc|msc")) {
                    continue;
                }
                words.add(w.replace(",", ""));
            }
            if (words.size() >= 2 && Character.isUpperCase(words.get(0).charAt(0))) {
                return new String[] {
                    words.get(0), String.join(" ", words.subList(1, words.size()))
                };
            }
        }
        return new String[] {"Anna", "Novak"};
    }

    /** Rough Polish and Czech case endings: enough to show the model inflected names. */
    static String inflect(String word, String grammaticalCase) {
        String w = word;
        return switch (grammaticalCase) {
            case "gen" ->
                    w.endsWith("ski")
                            ? w + "ego"
                            : w.endsWith("ska")
                                    ? w.substring(0, w.length() - 1) + "iej"
                                    : w.endsWith("á")
                                            ? w.substring(0, w.length() - 1) + "é"
                                            : w.endsWith("a")
                                                    ? w.substring(0, w.length() - 1) + "y"
                                                    : endsConsonant(w) ? w + "a" : w;
            case "ins" ->
                    w.endsWith("ski")
                            ? w + "m"
                            : w.endsWith("ska")
                                    ? w.substring(0, w.length() - 1) + "ą"
                                    : w.endsWith("á")
                                            ? w.substring(0, w.length() - 1) + "ou"
                                            : w.endsWith("a")
                                                    ? w.substring(0, w.length() - 1) + "ou"
                                                    : endsConsonant(w) ? w + "em" : w;
            case "dat" ->
                    w.endsWith("ski")
                            ? w + "emu"
                            : w.endsWith("ska")
                                    ? w.substring(0, w.length() - 1) + "iej"
                                    : w.endsWith("á")
                                            ? w.substring(0, w.length() - 1) + "é"
                                            : w.endsWith("a")
                                                    ? w.substring(0, w.length() - 1) + "e"
                                                    : endsConsonant(w) ? w + "ovi" : w;
            default -> w;
        };
    }

    private static boolean endsConsonant(String w) {
        return !w.isEmpty()
                && "aeiouyáéíóúůýě".indexOf(Character.toLowerCase(w.charAt(w.length() - 1))) < 0;
    }

    private static String safe(java.util.function.Supplier<String> value, String fallback) {
        try {
            String v = value.get();
            return v == null || v.isBlank() ? fallback : v;
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
