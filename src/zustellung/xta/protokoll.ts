// Names of XTA 2 Version 3 (XTA-Webservice 2.1.1): namespaces, WS-Addressing actions, fault elements and the
// code list "XTA-WS Fehlernummer" (urn:de:xta:webservice:codeliste:fehlernummer, version 1.0).

export const NS = {
  s12: 'http://www.w3.org/2003/05/soap-envelope',
  wsa: 'http://www.w3.org/2005/08/addressing',
  xta: 'http://xoev.de/transport/xta/211',
  oscimeta: 'http://www.osci.eu/ws/2014/10/transport',
  osci: 'http://www.osci.eu/ws/2008/05/transport',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;

const MSGBOX = 'http://www.osci.eu/ws/2008/05/transport/urn/messageTypes';

/** wsa:Action (= SOAPAction) of every operation; responses and faults use the same value (WSDL). */
export const AKTION = {
  checkAccountActive: 'http://www.xta.de/XTA/CheckAccountActive',
  lookupService: 'http://www.xta.de/XTA/IsServiceAvailable',
  createMessageId: 'http://www.xta.de/XTA/CreateMessageID',
  getTransportReport: 'http://www.xta.de/XTA/GetTransportReport',
  cancelMessage: 'http://www.xta.de/XTA/CancelMessage',
  sendMessage: 'http://www.xta.de/XTA/SendMessage',
  sendMessageSync: 'http://www.xta.de/XTA/SendMessageSync',
  getMessage: `${MSGBOX}/MsgBoxFetchRequest`,
  getStatusList: `${MSGBOX}/MsgBoxStatusListRequest`,
  getNextMessage: `${MSGBOX}/MsgBoxGetNextMsgRequest`,
  getNextStatusList: `${MSGBOX}/MsgBoxGetNextListRequest`,
  close: `${MSGBOX}/MsgBoxCloseRequest`,
} as const;

export type Operation = keyof typeof AKTION;

export const PORT_OPERATIONEN = {
  ManagementPort: [
    'checkAccountActive',
    'lookupService',
    'createMessageId',
    'getTransportReport',
    'cancelMessage',
  ],
  SendXtaPort: ['sendMessage', 'sendMessageSync'],
  MsgBoxPort: ['getMessage', 'getStatusList', 'getNextMessage', 'getNextStatusList', 'close'],
} as const satisfies Record<string, readonly Operation[]>;

export type PortName = keyof typeof PORT_OPERATIONEN;

export const FEHLERNUMMER_LISTE = 'urn:de:xta:webservice:codeliste:fehlernummer';

/** The code list's names, verbatim. */
export const FEHLERNUMMERN = {
  '9000': 'Unspezifizierter Fehler, als Freitext beschrieben',
  '9010': 'Authentisierung/Zertifikat ist abgelaufen.',
  '9011': 'Account ist gesperrt.',
  '9012': 'Account nicht vorhanden.',
  '9013': 'Dienst ist nicht gebucht.',
  '9014': 'Authentisierung/Zertifikat passt nicht zur Absenderkennung.',
  '9020': 'Keine Parameter vorhanden',
  '9021': 'Keine gültige URI',
  '9022': 'Ungültige Parameterkombination',
  '9023': 'Die Nachricht überschreitet die Größenbeschränkung.',
  '9024': 'MessageID ist bereits vergeben.',
  '9030': 'Interner Fehler beim XTA-Server bzw. XTA-Dienstleister',
  '9031': 'Fehler beim externen Verzeichnisdienst',
  '9032': 'Fehler bei der Zustellung',
  '9050': 'Fachnachricht ist nicht schemakonform',
  '9051': 'Fachnachricht trägt ein falsches Encoding.',
  '9052': 'Nachricht verletzt das entsprechende Service Profil.',
  '9060': 'Es wurde schadhafter Code ermittelt.',
  '9070': 'MessageID für den Account nicht bekannt.',
  '9080': 'Der Dienst wird nur asynchron angeboten.',
  '9081': 'Der Dienst wird nur synchron angeboten.',
  '9100': 'Der durch den Schalter NotBefore gesetzte Termin ist verstrichen.',
  '9101': 'Der Schalter NotBefore wurde nicht gesetzt.',
} as const;

export type Fehlernummer = keyof typeof FEHLERNUMMERN;

export const AUSNAHMEN = [
  'PermissionDeniedException',
  'XTAWSTechnicalProblemException',
  'ParameterIsNotValidException',
  'MessageSchemaViolationException',
  'MessageVirusDetectionException',
  'SyncAsyncException',
  'InvalidMessageIDException',
  'CancelDeniedException',
] as const;

export type Ausnahme = (typeof AUSNAHMEN)[number];

export const ANONYM = 'http://www.w3.org/2005/08/addressing/anonymous';
