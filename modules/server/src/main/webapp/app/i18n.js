// Words of the workspace in English and German, and numbers, amounts and dates in the user's locale
// (Intl, the browser's own). Amounts arrive as decimal strings and are formatted as strings: no
// floating point ever touches money.
const MESSAGES = {
  en: {
    tagline: 'Credit and collections', user: 'User', password: 'Password', signIn: 'Sign in', signOut: 'Sign out',
    signInInvalid: 'The user name or password is wrong.', signedOut: 'You are signed out.',
    signInSso: "Sign in with your organisation's account", signInRedirecting: 'Taking you to your organisation’s sign-in…',
    signInHeld: 'Too many failed sign-ins. Try again in {seconds} seconds.',
    overview: 'Overview', customers: 'Customers', credit: 'Credit', runs: 'Runs', company: 'Company', pool: 'Pool',
    allPools: 'All pools', language: 'Language', myActivities: 'My activities', remindersToday: 'Reminders due today',
    highestBalances: 'Highest balances', mostAged: 'Most aged balances', account: 'Account', name: 'Name',
    balance: 'Balance', overdue: 'Overdue', creditLimit: 'Credit limit', availableCredit: 'Available credit',
    riskScore: 'Risk score', holdStatus: 'Credit hold', lastPayment: 'Last payment', oldestOverdueDays: 'Days overdue',
    mostAgedBucket: 'Most aged bucket', type: 'Type', purpose: 'Purpose', end: 'Due', status: 'Status',
    close: 'Close', closeSelected: 'Close selected', newActivity: 'New activity', followUp: 'Follow-up',
    exportCsv: 'Export CSV', filter: 'Filter', previous: 'Previous', next: 'Next', rows: '{from}–{to} of {total}',
    noRows: 'Nothing here.', loading: 'Loading…', save: 'Save', cancel: 'Cancel', reason: 'Reason', note: 'Note',
    agingChart: 'Aging', openTransactions: 'Open transactions', disputed: 'Disputed', promised: 'Promised',
    unsettledPayments: 'Unsettled payments', timeline: 'Timeline', contacts: 'Contacts', aiSummary: 'Summary',
    document: 'Document', dueDate: 'Due date', documentDate: 'Date', amount: 'Amount', openAmount: 'Open',
    promise: 'Promise', dispute: 'Dispute', settle: 'Settle', nsf: 'NSF', writeOff: 'Write-off', newCase: 'Case',
    promisedOn: 'Promised on', reasonCode: 'Reason code', explanation: 'Explanation', title: 'Title',
    draftReminder: 'Draft reminder email', subject: 'Subject', body: 'Text', verification: 'Verifier',
    passed: 'Every figure is one the ledger holds.', approveAndSend: 'Approve and send', discard: 'Discard',
    saveEdit: 'Save edit', allTypes: 'All types', letters: 'Letters', reprint: 'Reprint', resend: 'Resend',
    creditHolds: 'Credit hold list', limitRequests: 'Limit requests', release: 'Release', reject: 'Reject',
    reEvaluate: 'Re-evaluate', approve: 'Approve', requestLimit: 'Request a limit change', requestedLimit: 'New limit',
    currentLimit: 'Current limit', requestedBy: 'Requested by', creditProfile: 'Credit profile', exposure: 'Exposure',
    history: 'History', agingSnapshots: 'Aging snapshots', letterRuns: 'Letter runs', outbox: 'Outbox',
    startSnapshot: 'Start an aging snapshot', startLetterRun: 'Propose a letter run', asOf: 'As of', progress: 'Progress',
    post: 'Post', lines: 'Proposal', level: 'Level', action: 'Action', hold: 'Hold', include: 'Include',
    recipient: 'Recipient', pdf: 'PDF', when: 'When', by: 'By', what: 'What', saved: 'Saved.', done: 'Done.',
    search: 'Search customers', role: 'Role', open: 'Open', skipToContent: 'Skip to content', id: 'Id',
    created: 'Created', currency: 'Currency', source: 'Source', kind: 'Kind', details: 'Details',
    region: 'Region', phone: 'Phone', email: 'E-mail', order: 'Order', decision: 'Decision', limitType: 'Limit type', fee: 'Fee', interest: 'Interest', before: 'Before', after: 'After', definition: 'Definition', openOrders: 'Open orders', packingSlips: 'Packing slips', approvedOrders: 'Approved orders',
    onHold: 'On hold', acknowledge: 'I checked: {text}', fallback: 'Written by the template writer: {reason}', total: 'Total',
    integrations: 'Agency and insurer', agencyHandovers: 'Agency hand-overs', handOver: 'Hand a case over',
    askAgencies: 'Ask the agencies now', agencyRound: 'Opened {opened}, sent {sent}, applied {applied}, already known {duplicates}, unknown {unmatched}. {error}',
    case: 'Case', agencyReference: 'Agency ref.', agencyStatus: 'Agency status', recovered: 'Recovered', fees: 'Fees',
    lastError: 'Last error', sendAgain: 'Send again', recall: 'Recall', pendingCover: 'Cover not decided', insurer: 'Insurer',
    reference: 'Reference', askAgain: 'Ask again', coverIs: 'The cover is {state}.', insuranceClaims: 'Notices and claims',
    claimNumber: 'Claim no.', settled: 'Paid', notifyOverdue: 'Notify overdue invoices', fileClaim: 'File a claim',
    invoicesCommaSeparated: 'Invoices (comma-separated)', bureauReport: 'Bureau report', askCover: 'Ask the insurer for cover',
    registrationNumber: 'Registration no.', country: 'Country', bureauUnknown: 'The bureau does not know the company.',
    bureauScore: 'Bureau score {score}, rating {rating}.', unmatchedUpdates: 'Updates for no case', agency: 'Agency',
  },
  de: {
    tagline: 'Kredit- und Forderungsmanagement', user: 'Benutzer', password: 'Passwort', signIn: 'Anmelden',
    signOut: 'Abmelden', signInInvalid: 'Benutzername oder Passwort ist falsch.', signedOut: 'Sie sind abgemeldet.',
    signInSso: 'Mit dem Konto Ihrer Organisation anmelden', signInRedirecting: 'Weiter zur Anmeldung Ihrer Organisation …',
    signInHeld: 'Zu viele fehlgeschlagene Anmeldungen. Bitte in {seconds} Sekunden erneut versuchen.',
    overview: 'Übersicht', customers: 'Kunden', credit: 'Kredit', runs: 'Läufe', company: 'Firma', pool: 'Pool',
    allPools: 'Alle Pools', language: 'Sprache', myActivities: 'Meine Aktivitäten', remindersToday: 'Heute fällige Erinnerungen',
    highestBalances: 'Höchste Salden', mostAged: 'Älteste Salden', account: 'Konto', name: 'Name', balance: 'Saldo',
    overdue: 'Überfällig', creditLimit: 'Kreditlimit', availableCredit: 'Verfügbarer Kredit', riskScore: 'Risikowert',
    holdStatus: 'Kreditsperre', lastPayment: 'Letzte Zahlung', oldestOverdueDays: 'Tage überfällig',
    mostAgedBucket: 'Älteste Stufe', type: 'Art', purpose: 'Zweck', end: 'Fällig', status: 'Status',
    close: 'Schließen', closeSelected: 'Auswahl schließen', newActivity: 'Neue Aktivität', followUp: 'Folgeaktivität',
    exportCsv: 'CSV exportieren', filter: 'Filter', previous: 'Zurück', next: 'Weiter', rows: '{from}–{to} von {total}',
    noRows: 'Keine Einträge.', loading: 'Wird geladen…', save: 'Speichern', cancel: 'Abbrechen', reason: 'Begründung',
    note: 'Notiz', agingChart: 'Fälligkeitsstruktur', openTransactions: 'Offene Posten', disputed: 'Strittig',
    promised: 'Zugesagt', unsettledPayments: 'Nicht ausgeglichene Zahlungen', timeline: 'Verlauf', contacts: 'Kontakte',
    aiSummary: 'Zusammenfassung', document: 'Beleg', dueDate: 'Fällig am', documentDate: 'Datum', amount: 'Betrag',
    openAmount: 'Offen', promise: 'Zahlungszusage', dispute: 'Reklamation', settle: 'Ausgleichen', nsf: 'Rücklastschrift',
    writeOff: 'Ausbuchung', newCase: 'Fall', promisedOn: 'Zugesagt bis', reasonCode: 'Grund', explanation: 'Erläuterung',
    title: 'Titel', draftReminder: 'Erinnerungs-E-Mail entwerfen', subject: 'Betreff', body: 'Text',
    verification: 'Prüfung', passed: 'Jede Zahl stammt aus dem Hauptbuch.', approveAndSend: 'Freigeben und senden',
    discard: 'Verwerfen', saveEdit: 'Änderung speichern', allTypes: 'Alle Arten', letters: 'Mahnungen',
    reprint: 'Nachdruck', resend: 'Erneut senden', creditHolds: 'Kreditsperrliste', limitRequests: 'Limitanträge',
    release: 'Freigeben', reject: 'Ablehnen', reEvaluate: 'Neu bewerten', approve: 'Genehmigen',
    requestLimit: 'Limitänderung beantragen', requestedLimit: 'Neues Limit', currentLimit: 'Aktuelles Limit',
    requestedBy: 'Beantragt von', creditProfile: 'Kreditprofil', exposure: 'Obligo', history: 'Historie',
    agingSnapshots: 'Fälligkeitsschnappschüsse', letterRuns: 'Mahnläufe', outbox: 'Postausgang',
    startSnapshot: 'Schnappschuss starten', startLetterRun: 'Mahnlauf vorschlagen', asOf: 'Stichtag',
    progress: 'Fortschritt', post: 'Buchen', lines: 'Vorschlag', level: 'Stufe', action: 'Aktion', hold: 'Zurückhalten',
    include: 'Aufnehmen', recipient: 'Empfänger', pdf: 'PDF', when: 'Wann', by: 'Von', what: 'Was',
    saved: 'Gespeichert.', done: 'Erledigt.', search: 'Kunden suchen', role: 'Rolle', open: 'Öffnen',
    skipToContent: 'Zum Inhalt', id: 'Nr.', created: 'Angelegt', currency: 'Währung', source: 'Quelle', kind: 'Art',
    region: 'Region', phone: 'Telefon', email: 'E-Mail', order: 'Auftrag', decision: 'Entscheidung', limitType: 'Limitart', fee: 'Gebühr', interest: 'Zinsen', before: 'Vorher', after: 'Nachher', definition: 'Definition', openOrders: 'Offene Aufträge', packingSlips: 'Lieferscheine', approvedOrders: 'Genehmigte Aufträge',
    onHold: 'Gesperrt', details: 'Details', acknowledge: 'Geprüft: {text}', fallback: 'Von der Textvorlage geschrieben: {reason}',
    total: 'Summe',
    integrations: 'Inkasso und Versicherer', agencyHandovers: 'Inkassoübergaben', handOver: 'Fall übergeben',
    askAgencies: 'Inkassobüros jetzt abfragen', agencyRound: 'Eröffnet {opened}, gesendet {sent}, übernommen {applied}, schon bekannt {duplicates}, unbekannt {unmatched}. {error}',
    case: 'Fall', agencyReference: 'Inkasso-Az.', agencyStatus: 'Inkassostatus', recovered: 'Beigetrieben', fees: 'Gebühren',
    lastError: 'Letzter Fehler', sendAgain: 'Erneut senden', recall: 'Zurückholen', pendingCover: 'Offene Deckungsanfragen', insurer: 'Versicherer',
    reference: 'Referenz', askAgain: 'Erneut fragen', coverIs: 'Die Deckung ist {state}.', insuranceClaims: 'Meldungen und Schadenfälle',
    claimNumber: 'Schaden-Nr.', settled: 'Gezahlt', notifyOverdue: 'Überfällige Rechnungen melden', fileClaim: 'Schaden melden',
    invoicesCommaSeparated: 'Rechnungen (durch Komma getrennt)', bureauReport: 'Auskunft einholen',
    askCover: 'Deckung beim Versicherer anfragen', registrationNumber: 'Registernummer', country: 'Land',
    bureauUnknown: 'Die Auskunftei kennt die Firma nicht.', bureauScore: 'Bonitätswert {score}, Rating {rating}.',
    unmatchedUpdates: 'Meldungen ohne Fall', agency: 'Inkassobüro',
  },
};

export const LANGUAGES = Object.keys(MESSAGES);
let language = 'en';

export function preferredLanguage() {
  const chosen = localStorage.getItem('dunwell.language');
  if (chosen && MESSAGES[chosen]) return chosen;
  const browser = (navigator.language || 'en').slice(0, 2);
  return MESSAGES[browser] ? browser : 'en';
}

export function setLanguage(code) {
  language = MESSAGES[code] ? code : 'en';
  localStorage.setItem('dunwell.language', language);
  document.documentElement.lang = language;
}

export function currentLanguage() {
  return language;
}

export function t(key, params = {}) {
  const text = MESSAGES[language][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

function locale() {
  return language === 'de' ? 'de-DE' : (navigator.language?.startsWith('en') ? navigator.language : 'en-US');
}

/** An amount (a decimal string from the API) in the user's locale, exactly as given. */
export function money(amount, currency) {
  if (amount === null || amount === undefined || amount === '') return '';
  const format = currency
    ? new Intl.NumberFormat(locale(), { style: 'currency', currency, minimumFractionDigits: 2 })
    : new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return format.format(String(amount));
}

export function number(value) {
  return value === null || value === undefined ? '' : new Intl.NumberFormat(locale()).format(String(value));
}

/** A date (YYYY-MM-DD) or instant in the user's locale. */
export function date(value) {
  if (!value) return '';
  const instant = value.length === 10 ? new Date(value + 'T00:00:00Z') : new Date(value);
  const options = value.length === 10 ? { timeZone: 'UTC', dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale(), options).format(instant);
}
