import { AKTION, AUSNAHMEN, NS, PORT_OPERATIONEN, type Operation, type PortName } from '../xta/protokoll.ts';

// The WSDL of the built-in mailbox, written for this project: the XTA 2 Version 3 service (XTAService with the
// ports ManagementPort, SendXtaPort and MsgBoxPort, namespace http://xoev.de/transport/xta/211), its operations,
// actions, header parts and faults, with inline schemas describing exactly the elements this server reads and
// writes. Transport security (TLS client certificate) is configured at the listener, not by WS-Policy here.

const XSD = 'http://www.w3.org/2001/XMLSchema';
const DECL = `xmlns:xsd="${XSD}" xmlns:wsa="${NS.wsa}" xmlns:xta="${NS.xta}" xmlns:oscimeta="${NS.oscimeta}" xmlns:osci="${NS.osci}"`;

const schemaWsa = `
    <xsd:schema targetNamespace="${NS.wsa}" elementFormDefault="qualified" attributeFormDefault="unqualified"
      ${DECL}>
      <xsd:complexType name="AttributedURIType">
        <xsd:simpleContent>
          <xsd:extension base="xsd:anyURI"><xsd:anyAttribute namespace="##other" processContents="lax"/></xsd:extension>
        </xsd:simpleContent>
      </xsd:complexType>
      <xsd:complexType name="RelatesToType">
        <xsd:simpleContent>
          <xsd:extension base="xsd:anyURI">
            <xsd:attribute name="RelationshipType" type="xsd:anyURI" use="optional"/>
            <xsd:anyAttribute namespace="##other" processContents="lax"/>
          </xsd:extension>
        </xsd:simpleContent>
      </xsd:complexType>
      <xsd:complexType name="EndpointReferenceType">
        <xsd:sequence>
          <xsd:element name="Address" type="wsa:AttributedURIType"/>
          <xsd:any namespace="##any" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
        </xsd:sequence>
        <xsd:anyAttribute namespace="##other" processContents="lax"/>
      </xsd:complexType>
      <xsd:element name="MessageID" type="wsa:AttributedURIType"/>
      <xsd:element name="RelatesTo" type="wsa:RelatesToType"/>
      <xsd:element name="To" type="wsa:AttributedURIType"/>
      <xsd:element name="Action" type="wsa:AttributedURIType"/>
      <xsd:element name="From" type="wsa:EndpointReferenceType"/>
      <xsd:element name="ReplyTo" type="wsa:EndpointReferenceType"/>
    </xsd:schema>`;

const schemaOscimeta = `
    <xsd:schema targetNamespace="${NS.oscimeta}" elementFormDefault="qualified" attributeFormDefault="unqualified"
      ${DECL}>
      <xsd:import namespace="${NS.wsa}"/>
      <xsd:simpleType name="NonEmptyStringType">
        <xsd:restriction base="xsd:string"><xsd:minLength value="1"/></xsd:restriction>
      </xsd:simpleType>
      <xsd:complexType name="KeyCodeType">
        <xsd:sequence>
          <xsd:element name="code" type="xsd:token" form="unqualified"/>
          <xsd:element name="name" type="xsd:normalizedString" form="unqualified" minOccurs="0"/>
        </xsd:sequence>
        <xsd:attribute name="listURI" type="xsd:anyURI" use="required"/>
        <xsd:attribute name="listVersionID" type="xsd:normalizedString" use="required"/>
      </xsd:complexType>
      <xsd:complexType name="PartyIdentifierType">
        <xsd:simpleContent>
          <xsd:extension base="xsd:normalizedString">
            <xsd:attribute name="type" type="oscimeta:NonEmptyStringType" use="required"/>
            <xsd:attribute name="name" type="oscimeta:NonEmptyStringType"/>
            <xsd:attribute name="category" type="oscimeta:NonEmptyStringType"/>
          </xsd:extension>
        </xsd:simpleContent>
      </xsd:complexType>
      <xsd:complexType name="PartyType">
        <xsd:sequence>
          <xsd:element name="Identifier" type="oscimeta:PartyIdentifierType"/>
          <xsd:element name="SecurityToken" minOccurs="0" maxOccurs="unbounded">
            <xsd:complexType>
              <xsd:sequence><xsd:any namespace="##other" processContents="lax"/></xsd:sequence>
              <xsd:attribute name="usage" type="xsd:NMTOKEN" use="required"/>
              <xsd:attribute name="payloadRef" type="xsd:IDREF"/>
            </xsd:complexType>
          </xsd:element>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:element name="Author" type="oscimeta:PartyType"/>
      <xsd:element name="Reader" type="oscimeta:PartyType"/>
      <xsd:complexType name="DeliveryAttributesType">
        <xsd:sequence>
          <xsd:element name="Origin" type="xsd:dateTime" minOccurs="0"/>
          <xsd:element name="InitialSend" type="xsd:dateTime" minOccurs="0"/>
          <xsd:element name="NotBefore" type="xsd:dateTime" minOccurs="0"/>
          <xsd:element name="ObsoleteAfter" type="xsd:date" minOccurs="0"/>
          <xsd:element name="Delivery" type="xsd:dateTime" minOccurs="0"/>
          <xsd:element name="InitialFetch" type="xsd:dateTime" minOccurs="0"/>
          <xsd:element name="Reception" type="xsd:dateTime" minOccurs="0"/>
          <xsd:element name="ServiceQuality" type="oscimeta:NonEmptyStringType" minOccurs="0"/>
          <xsd:element name="ReceiptRequests" minOccurs="0">
            <xsd:complexType>
              <xsd:sequence><xsd:any namespace="##any" processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xsd:sequence>
            </xsd:complexType>
          </xsd:element>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="OriginatorsType">
        <xsd:sequence>
          <xsd:element ref="oscimeta:Author"/>
          <xsd:element name="Sender" type="oscimeta:PartyType" minOccurs="0"/>
          <xsd:element name="ReplyTo" type="oscimeta:PartyType" minOccurs="0"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="DestinationsType">
        <xsd:sequence>
          <xsd:element ref="oscimeta:Reader"/>
          <xsd:element name="OtherDestinations" minOccurs="0">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="OtherReaders" type="oscimeta:PartyIdentifierType" maxOccurs="unbounded"/>
                <xsd:element name="CcReaders" type="oscimeta:PartyIdentifierType" minOccurs="0" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="ProcessIdentifierType">
        <xsd:simpleContent>
          <xsd:extension base="oscimeta:NonEmptyStringType">
            <xsd:attribute name="ProccesName" type="oscimeta:NonEmptyStringType"/>
          </xsd:extension>
        </xsd:simpleContent>
      </xsd:complexType>
      <xsd:complexType name="MsgIdentificationType">
        <xsd:sequence>
          <xsd:element ref="wsa:MessageID"/>
          <xsd:element name="In-Reply-To" type="wsa:AttributedURIType" minOccurs="0" maxOccurs="unbounded"/>
          <xsd:element name="ProcessRef" minOccurs="0">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="Requester" type="oscimeta:ProcessIdentifierType" minOccurs="0"/>
                <xsd:element name="Responder" type="oscimeta:ProcessIdentifierType" minOccurs="0"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="MessageTypeType">
        <xsd:complexContent>
          <xsd:extension base="oscimeta:KeyCodeType">
            <xsd:attribute name="payloadSchema" type="xsd:anyURI" use="required"/>
          </xsd:extension>
        </xsd:complexContent>
      </xsd:complexType>
      <xsd:complexType name="QualifierType">
        <xsd:sequence>
          <xsd:element name="Subject" type="xsd:string" minOccurs="0"/>
          <xsd:element name="Service" type="xsd:anyURI"/>
          <xsd:element name="BusinessScenario">
            <xsd:complexType>
              <xsd:choice>
                <xsd:element name="Defined" type="oscimeta:KeyCodeType"/>
                <xsd:element name="Undefined" type="xsd:normalizedString"/>
              </xsd:choice>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="MessageType" type="oscimeta:MessageTypeType"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="PropertyType">
        <xsd:sequence>
          <xsd:element name="Key" type="oscimeta:KeyCodeType"/>
          <xsd:element name="Value" type="oscimeta:NonEmptyStringType"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:element name="MessageMetaData">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="DeliveryAttributes" type="oscimeta:DeliveryAttributesType"/>
            <xsd:element name="Originators" type="oscimeta:OriginatorsType"/>
            <xsd:element name="Destinations" type="oscimeta:DestinationsType"/>
            <xsd:element name="MsgIdentification" type="oscimeta:MsgIdentificationType"/>
            <xsd:element name="Qualifier" type="oscimeta:QualifierType"/>
            <xsd:element name="MessageProperties" minOccurs="0">
              <xsd:complexType>
                <xsd:sequence><xsd:element name="Property" type="oscimeta:PropertyType" maxOccurs="unbounded"/></xsd:sequence>
              </xsd:complexType>
            </xsd:element>
            <xsd:element name="MsgSize" type="xsd:positiveInteger" minOccurs="0"/>
          </xsd:sequence>
          <xsd:attribute name="TestMsg" type="xsd:boolean" default="false"/>
        </xsd:complexType>
      </xsd:element>
    </xsd:schema>`;

const schemaOsci = `
    <xsd:schema targetNamespace="${NS.osci}" elementFormDefault="qualified" attributeFormDefault="unqualified"
      ${DECL}>
      <xsd:import namespace="${NS.wsa}"/>
      <xsd:import namespace="${NS.oscimeta}"/>
      <xsd:element name="MsgSelector">
        <xsd:complexType>
          <xsd:sequence minOccurs="0">
            <xsd:element ref="wsa:MessageID" minOccurs="0" maxOccurs="unbounded"/>
            <xsd:element ref="wsa:RelatesTo" minOccurs="0" maxOccurs="unbounded"/>
            <xsd:element name="MsgBoxEntryTimeFrom" type="xsd:dateTime" minOccurs="0"/>
            <xsd:element name="MsgBoxEntryTimeTo" type="xsd:dateTime" minOccurs="0"/>
            <xsd:element name="Extension" type="xsd:anyType" minOccurs="0"/>
          </xsd:sequence>
          <xsd:attribute name="newEntry" type="xsd:boolean"/>
        </xsd:complexType>
      </xsd:element>
      <xsd:complexType name="MsgBoxRequestType">
        <xsd:sequence><xsd:element ref="osci:MsgSelector" minOccurs="0"/></xsd:sequence>
      </xsd:complexType>
      <xsd:element name="MsgBoxFetchRequest">
        <xsd:complexType>
          <xsd:complexContent>
            <xsd:extension base="osci:MsgBoxRequestType">
              <xsd:attribute name="MsgPart" type="xsd:NMTOKEN" default="Envelope"/>
            </xsd:extension>
          </xsd:complexContent>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="MsgBoxStatusListRequest">
        <xsd:complexType>
          <xsd:complexContent>
            <xsd:extension base="osci:MsgBoxRequestType">
              <xsd:attribute name="maxListItems" type="xsd:positiveInteger"/>
              <xsd:attribute name="ListForm" type="xsd:NMTOKEN"/>
            </xsd:extension>
          </xsd:complexContent>
        </xsd:complexType>
      </xsd:element>
      <xsd:complexType name="MsgBoxNextType">
        <xsd:sequence minOccurs="0">
          <xsd:element name="LastMsgReceived" type="wsa:AttributedURIType" maxOccurs="unbounded"/>
        </xsd:sequence>
        <xsd:attribute name="MsgBoxRequestID" type="xsd:anyURI" use="required"/>
      </xsd:complexType>
      <xsd:element name="MsgBoxGetNextRequest" type="osci:MsgBoxNextType"/>
      <xsd:element name="MsgBoxCloseRequest" type="osci:MsgBoxNextType"/>
      <xsd:element name="MsgBoxResponse">
        <xsd:complexType>
          <xsd:choice>
            <xsd:element name="NoMessageAvailable">
              <xsd:complexType><xsd:attribute name="reason" type="xsd:anyURI" use="required"/></xsd:complexType>
            </xsd:element>
            <xsd:element name="ItemsPending" type="xsd:nonNegativeInteger"/>
          </xsd:choice>
          <xsd:attribute name="MsgBoxRequestID" type="xsd:anyURI" use="required"/>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="TypeOfBusinessScenario" type="xsd:anyURI"/>
      <xsd:complexType name="MsgAttributeListType">
        <xsd:sequence>
          <xsd:element ref="wsa:MessageID"/>
          <xsd:element ref="wsa:RelatesTo" minOccurs="0" maxOccurs="unbounded"/>
          <xsd:element ref="wsa:From" minOccurs="0"/>
          <xsd:element ref="osci:TypeOfBusinessScenario"/>
          <xsd:element name="MsgSize" type="xsd:int"/>
          <xsd:element name="ObsoleteAfterDate" type="xsd:date" minOccurs="0"/>
          <xsd:element name="DeliveryTime" type="xsd:dateTime"/>
          <xsd:element name="InitialFetchedTime" type="xsd:dateTime" minOccurs="0"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:element name="MsgStatusList">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="MsgAttributes" type="osci:MsgAttributeListType" minOccurs="0" maxOccurs="unbounded"/>
            <xsd:element ref="oscimeta:MessageMetaData" minOccurs="0" maxOccurs="unbounded"/>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="X509TokenContainer">
        <xsd:complexType>
          <xsd:sequence><xsd:any namespace="##any" processContents="lax" maxOccurs="unbounded"/></xsd:sequence>
          <xsd:attribute name="validateCompleted" type="xsd:boolean" default="false"/>
        </xsd:complexType>
      </xsd:element>
    </xsd:schema>`;

const schemaXta = `
    <xsd:schema targetNamespace="${NS.xta}" elementFormDefault="qualified" attributeFormDefault="unqualified"
      ${DECL}>
      <xsd:import namespace="${NS.oscimeta}"/>
      <xsd:complexType name="ContentType">
        <xsd:simpleContent>
          <xsd:extension base="xsd:base64Binary">
            <xsd:attribute name="contentDescription" type="xsd:string"/>
            <xsd:attribute name="contentType" type="xsd:string" use="required"/>
            <xsd:attribute name="encoding" type="xsd:string"/>
            <xsd:attribute name="filename" type="xsd:string"/>
            <xsd:attribute name="id" type="xsd:string"/>
            <xsd:attribute name="lang" type="xsd:language"/>
            <xsd:attribute name="size" type="xsd:positiveInteger"/>
          </xsd:extension>
        </xsd:simpleContent>
      </xsd:complexType>
      <xsd:element name="GenericContentContainer">
        <xsd:complexType>
          <xsd:choice>
            <xsd:any namespace="http://www.w3.org/2001/04/xmlenc#" processContents="lax"/>
            <xsd:element name="ContentContainer">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="Message" type="xta:ContentType"/>
                  <xsd:element name="Attachment" type="xta:ContentType" minOccurs="0" maxOccurs="unbounded"/>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:choice>
        </xsd:complexType>
      </xsd:element>
      <xsd:complexType name="CodeType">
        <xsd:sequence>
          <xsd:element name="code" type="xsd:token" form="unqualified"/>
          <xsd:element name="name" type="xsd:normalizedString" form="unqualified" minOccurs="0"/>
        </xsd:sequence>
        <xsd:attribute name="listURI" type="xsd:anyURI"/>
        <xsd:attribute name="listVersionID" type="xsd:normalizedString"/>
      </xsd:complexType>
      <xsd:complexType name="RecordType">
        <xsd:sequence>
          <xsd:element name="Timestamp" type="xsd:dateTime"/>
          <xsd:element name="Code" type="xta:CodeType"/>
          <xsd:element name="Reason" type="xsd:string"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="MessageStatusType">
        <xsd:sequence>
          <xsd:element name="Status" type="xsd:integer"/>
${(['ErrorList:Error', 'WarnList:Warning', 'InfoList:Info'] as const)
  .map((p) => p.split(':'))
  .map(
    ([liste, eintrag]) => `          <xsd:element name="${liste}" minOccurs="0">
            <xsd:complexType>
              <xsd:sequence><xsd:element name="${eintrag}" type="xta:RecordType" minOccurs="0" maxOccurs="unbounded"/></xsd:sequence>
            </xsd:complexType>
          </xsd:element>`,
  )
  .join('\n')}
        </xsd:sequence>
      </xsd:complexType>
      <xsd:element name="TransportReport">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element ref="oscimeta:MessageMetaData"/>
            <xsd:element name="ReportTime" type="xsd:dateTime"/>
            <xsd:element name="XTAServerIdentity" type="xsd:token"/>
            <xsd:element name="MessageStatus" type="xta:MessageStatusType"/>
            <xsd:element name="AdditionalReports" minOccurs="0">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="Report" maxOccurs="unbounded">
                    <xsd:complexType>
                      <xsd:sequence>
                        <xsd:element name="Key" type="xta:CodeType"/>
                        <xsd:element name="Data" type="xsd:base64Binary"/>
                      </xsd:sequence>
                    </xsd:complexType>
                  </xsd:element>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
            <xsd:any namespace="http://www.w3.org/2000/09/xmldsig#" processContents="lax" minOccurs="0"/>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:complexType name="LookupServiceType">
        <xsd:sequence>
          <xsd:element ref="oscimeta:Reader"/>
          <xsd:element name="ServiceType" type="xsd:anyURI"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:element name="LookupServiceRequest">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="LookupServiceRequestList" maxOccurs="unbounded">
              <xsd:complexType>
                <xsd:sequence><xsd:element name="LookupService" type="xta:LookupServiceType"/></xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="LookupServiceResponse">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="LookupServiceResultList">
              <xsd:complexType>
                <xsd:sequence>
                  <xsd:element name="LookupServiceResult" nillable="true" maxOccurs="unbounded">
                    <xsd:complexType>
                      <xsd:complexContent>
                        <xsd:extension base="xta:LookupServiceType">
                          <xsd:sequence>
                            <xsd:element name="IsServiceAvailableValue">
                              <xsd:complexType>
                                <xsd:choice>
                                  <xsd:element name="ServiceIsAvailable" type="xsd:boolean"/>
                                  <xsd:element name="ServiceIsAvailableUnknown" type="xsd:boolean"/>
                                </xsd:choice>
                              </xsd:complexType>
                            </xsd:element>
                            <xsd:any namespace="##targetNamespace" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
                          </xsd:sequence>
                        </xsd:extension>
                      </xsd:complexContent>
                    </xsd:complexType>
                  </xsd:element>
                </xsd:sequence>
              </xsd:complexType>
            </xsd:element>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:complexType name="ExceptionType">
        <xsd:sequence>
          <xsd:element name="errorCode" type="xta:CodeType"/>
        </xsd:sequence>
      </xsd:complexType>
${AUSNAHMEN.map((a) => `      <xsd:element name="${a}" type="xta:ExceptionType"/>`).join('\n')}
    </xsd:schema>`;

type Teil = { element: string } | undefined;

type OperationsBeschreibung = {
  eingabe: string | undefined;
  ausgabe: string | undefined;
  kopfEin: 'AuthorIdentifier' | 'MessageMetaData';
  kopfAus: ('MessageMetaData' | 'FetchResponseHeader')[];
  fehler: readonly (typeof AUSNAHMEN)[number][];
};

const P = 'PermissionDeniedException';
const T = 'XTAWSTechnicalProblemException';
const V = 'ParameterIsNotValidException';
const I = 'InvalidMessageIDException';

const OPERATIONEN: Record<Operation, OperationsBeschreibung> = {
  checkAccountActive: {
    eingabe: undefined,
    ausgabe: undefined,
    kopfEin: 'AuthorIdentifier',
    kopfAus: [],
    fehler: [P, T],
  },
  lookupService: {
    eingabe: 'xta:LookupServiceRequest',
    ausgabe: 'xta:LookupServiceResponse',
    kopfEin: 'AuthorIdentifier',
    kopfAus: [],
    fehler: [P, V, T],
  },
  createMessageId: {
    eingabe: undefined,
    ausgabe: 'wsa:MessageID',
    kopfEin: 'AuthorIdentifier',
    kopfAus: [],
    fehler: [P, T],
  },
  getTransportReport: {
    eingabe: 'wsa:MessageID',
    ausgabe: 'xta:TransportReport',
    kopfEin: 'AuthorIdentifier',
    kopfAus: [],
    fehler: [P, T, I],
  },
  cancelMessage: {
    eingabe: 'wsa:MessageID',
    ausgabe: undefined,
    kopfEin: 'AuthorIdentifier',
    kopfAus: [],
    fehler: [P, V, T, 'CancelDeniedException'],
  },
  sendMessage: {
    eingabe: 'xta:GenericContentContainer',
    ausgabe: undefined,
    kopfEin: 'MessageMetaData',
    kopfAus: [],
    fehler: [
      P,
      V,
      T,
      'MessageSchemaViolationException',
      'MessageVirusDetectionException',
      'SyncAsyncException',
    ],
  },
  sendMessageSync: {
    eingabe: 'xta:GenericContentContainer',
    ausgabe: 'xta:GenericContentContainer',
    kopfEin: 'MessageMetaData',
    kopfAus: ['MessageMetaData'],
    fehler: [
      P,
      V,
      T,
      'MessageSchemaViolationException',
      'MessageVirusDetectionException',
      'SyncAsyncException',
    ],
  },
  getMessage: {
    eingabe: 'osci:MsgBoxFetchRequest',
    ausgabe: 'xta:GenericContentContainer',
    kopfEin: 'AuthorIdentifier',
    kopfAus: ['MessageMetaData', 'FetchResponseHeader'],
    fehler: [P, T, I],
  },
  getStatusList: {
    eingabe: 'osci:MsgBoxStatusListRequest',
    ausgabe: 'osci:MsgStatusList',
    kopfEin: 'AuthorIdentifier',
    kopfAus: ['FetchResponseHeader'],
    fehler: [P, T],
  },
  getNextMessage: {
    eingabe: 'osci:MsgBoxGetNextRequest',
    ausgabe: 'xta:GenericContentContainer',
    kopfEin: 'AuthorIdentifier',
    kopfAus: ['MessageMetaData', 'FetchResponseHeader'],
    fehler: [P, T, I],
  },
  getNextStatusList: {
    eingabe: 'osci:MsgBoxGetNextRequest',
    ausgabe: 'osci:MsgStatusList',
    kopfEin: 'AuthorIdentifier',
    kopfAus: ['FetchResponseHeader'],
    fehler: [P, T],
  },
  close: {
    eingabe: 'osci:MsgBoxCloseRequest',
    ausgabe: undefined,
    kopfEin: 'AuthorIdentifier',
    kopfAus: [],
    fehler: [P, T, I],
  },
};

const PORT_TYP: Record<PortName, string> = {
  ManagementPort: 'managementPortType',
  SendXtaPort: 'sendPortType',
  MsgBoxPort: 'msgBoxPortType',
};
const BINDUNG: Record<PortName, string> = {
  ManagementPort: 'managementHttpsBinding',
  SendXtaPort: 'sendXTAHttpsBinding',
  MsgBoxPort: 'msgBoxHttpsBinding',
};

function nachrichtName(element: string): string {
  return element.replace(':', '_');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The WSDL with the port addresses below `basisUrl` (…/xta/ManagementPort etc.). */
export function xtaWsdl(basisUrl: string): string {
  const elemente = new Set<string>();
  for (const o of Object.values(OPERATIONEN)) {
    if (o.eingabe !== undefined) elemente.add(o.eingabe);
    if (o.ausgabe !== undefined) elemente.add(o.ausgabe);
  }
  const nachrichten = [
    '  <wsdl:message name="EmptyBody"/>',
    '  <wsdl:message name="XTAHeader">',
    '    <wsdl:part name="AuthorIdentifier" element="oscimeta:Author"/>',
    '    <wsdl:part name="MessageMetaData" element="oscimeta:MessageMetaData"/>',
    '  </wsdl:message>',
    '  <wsdl:message name="OptHeaders">',
    '    <wsdl:part name="FetchResponseHeader" element="osci:MsgBoxResponse"/>',
    '    <wsdl:part name="X509TokenContainer" element="osci:X509TokenContainer"/>',
    '  </wsdl:message>',
    ...[...elemente].map(
      (e) =>
        `  <wsdl:message name="${nachrichtName(e)}"><wsdl:part name="body" element="${e}"/></wsdl:message>`,
    ),
    ...AUSNAHMEN.map(
      (a) => `  <wsdl:message name="${a}"><wsdl:part name="fault" element="xta:${a}"/></wsdl:message>`,
    ),
  ];
  const teil = (e: string | undefined): Teil => (e === undefined ? undefined : { element: e });
  const msg = (t: Teil) => (t === undefined ? 'xta:EmptyBody' : `xta:${nachrichtName(t.element)}`);

  const portTypen = (Object.keys(PORT_OPERATIONEN) as PortName[]).map((port) => {
    const ops = PORT_OPERATIONEN[port].map((op) => {
      const o = OPERATIONEN[op];
      const a = AKTION[op];
      return [
        `    <wsdl:operation name="${op}">`,
        `      <wsdl:input message="${msg(teil(o.eingabe))}" wsam:Action="${a}"/>`,
        `      <wsdl:output message="${msg(teil(o.ausgabe))}" wsam:Action="${a}"/>`,
        ...o.fehler.map((f) => `      <wsdl:fault name="${f}" message="xta:${f}" wsam:Action="${a}"/>`),
        '    </wsdl:operation>',
      ].join('\n');
    });
    return `  <wsdl:portType name="${PORT_TYP[port]}">\n${ops.join('\n')}\n  </wsdl:portType>`;
  });

  const bindungen = (Object.keys(PORT_OPERATIONEN) as PortName[]).map((port) => {
    const ops = PORT_OPERATIONEN[port].map((op) => {
      const o = OPERATIONEN[op];
      const kopfEin =
        o.kopfEin === 'MessageMetaData'
          ? [
              '        <soap12:header message="xta:XTAHeader" part="MessageMetaData" use="literal"/>',
              '        <soap12:header message="xta:OptHeaders" part="X509TokenContainer" use="literal"/>',
            ]
          : ['        <soap12:header message="xta:XTAHeader" part="AuthorIdentifier" use="literal"/>'];
      const kopfAus = o.kopfAus.map((k) =>
        k === 'MessageMetaData'
          ? '        <soap12:header message="xta:XTAHeader" part="MessageMetaData" use="literal"/>'
          : '        <soap12:header message="xta:OptHeaders" part="FetchResponseHeader" use="literal"/>',
      );
      return [
        `    <wsdl:operation name="${op}">`,
        `      <soap12:operation soapAction="${AKTION[op]}" soapActionRequired="true" style="document"/>`,
        '      <wsdl:input>',
        '        <soap12:body use="literal"/>',
        ...kopfEin,
        '      </wsdl:input>',
        '      <wsdl:output>',
        '        <soap12:body use="literal"/>',
        ...kopfAus,
        '      </wsdl:output>',
        ...o.fehler.map(
          (f) => `      <wsdl:fault name="${f}"><soap12:fault name="${f}" use="literal"/></wsdl:fault>`,
        ),
        '    </wsdl:operation>',
      ].join('\n');
    });
    return [
      `  <wsdl:binding name="${BINDUNG[port]}" type="xta:${PORT_TYP[port]}">`,
      '    <soap12:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>',
      '    <wsaw:UsingAddressing wsdl:required="true"/>',
      ...ops,
      '  </wsdl:binding>',
    ].join('\n');
  });

  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- XTA 2 Version 3 mailbox of "Übernahme von Mietrückständen" (EUPL-1.2). -->
<wsdl:definitions name="XTA-Webservice" targetNamespace="${NS.xta}"
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/"
    xmlns:xsd="${XSD}"
    xmlns:wsam="http://www.w3.org/2007/05/addressing/metadata"
    xmlns:wsaw="http://www.w3.org/2006/05/addressing/wsdl"
    xmlns:wsa="${NS.wsa}"
    xmlns:xta="${NS.xta}"
    xmlns:oscimeta="${NS.oscimeta}"
    xmlns:osci="${NS.osci}">
  <wsdl:types>${schemaWsa}${schemaOscimeta}${schemaOsci}${schemaXta}
  </wsdl:types>
${nachrichten.join('\n')}
${portTypen.join('\n')}
${bindungen.join('\n')}
  <wsdl:service name="XTAService">
${(Object.keys(PORT_OPERATIONEN) as PortName[])
  .map(
    (port) =>
      `    <wsdl:port name="${port}" binding="xta:${BINDUNG[port]}"><soap12:address location="${esc(`${basisUrl}/${port}`)}"/></wsdl:port>`,
  )
  .join('\n')}
  </wsdl:service>
</wsdl:definitions>
`;
}

/** The inline schemas of the WSDL, for tests that check this server's answers against its own contract. */
export const wsdlSchemas = { wsa: schemaWsa, oscimeta: schemaOscimeta, osci: schemaOsci, xta: schemaXta };
