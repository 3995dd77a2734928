"""A foreign XTA 2 client: python-zeep (Debian python3-zeep) generated from the mailbox's GET /xta?wsdl.

Usage: xta_client.py <wsdl-url> <author-id> <reader-id> <payload-file> <out-file>
Sends the payload to the reader (createMessageId, sendMessage), then as the reader lists, fetches and closes
it, and writes the fetched payload bytes to <out-file>. The message is fetched twice: as plain SOAP (payload
base64 inline) and asking for MTOM (Accept: multipart/related), where zeep resolves the xop:Include itself. Prints one JSON line with what happened.
Nothing here is the product's code: zeep builds every envelope from the official WSDL and XSDs.
"""
import datetime
import json
import sys

from zeep import Client, Plugin, Settings
from zeep.exceptions import Fault

wsdl, autor, leser, eingabe, ausgabe = sys.argv[1:6]
# zeep writes wsa:Action, wsa:MessageID and wsa:To itself, because the WSDL names wsam:Action for every operation.
class Antworttyp(Plugin):
    """Records the Content-Type of each answer, to show whether it came as MTOM."""

    typ = None

    def ingress(self, envelope, http_headers, operation):
        self.typ = http_headers.get("Content-Type")
        return envelope, http_headers


antworttyp = Antworttyp()
client = Client(wsdl, settings=Settings(strict=True, xml_huge_tree=True), plugins=[antworttyp])


def element(qname):
    return client.get_element(qname)


OSCIMETA = "{http://www.osci.eu/ws/2014/10/transport}"
WSA = "{http://www.w3.org/2005/08/addressing}"


def partei(kennung):
    return {"Identifier": {"_value_1": kennung, "type": "xoev"}}


def author_header(kennung):
    return [element(OSCIMETA + "Author")(**partei(kennung))]


def bind(port):
    return client.bind("XTAService", port)


management = bind("ManagementPort")
senden = bind("SendXtaPort")
postfach = bind("MsgBoxPort")
ergebnis = {}

message_id = management.createMessageId(_soapheaders=author_header(autor))
message_id = getattr(message_id, "_value_1", message_id)
ergebnis["messageId"] = message_id

with open(eingabe, "rb") as f:
    daten = f.read()

metadaten = element(OSCIMETA + "MessageMetaData")(
    DeliveryAttributes={"Origin": datetime.datetime.now(datetime.timezone.utc)},
    Originators={"Author": partei(autor)},
    Destinations={"Reader": partei(leser)},
    MsgIdentification={"MessageID": {"_value_1": message_id}},
    Qualifier={
        "Service": "urn:test:zeep",
        "BusinessScenario": {"Undefined": "XSOZIAL-BASIS"},
        "MessageType": {"code": "1000001", "listURI": "urn:test", "listVersionID": "1", "payloadSchema": "urn:test:zeep"},
    },
)
senden.sendMessage(
    ContentContainer={"Message": {"_value_1": daten, "contentType": "application/xml", "encoding": "UTF-8"}},
    _soapheaders=[metadaten],
)

liste = postfach.getStatusList(ListForm="MessageMetaData", _soapheaders=author_header(leser))
# With header parts in the output, zeep answers {body, header}; the body is the single body part.
liste = liste.body
ids = [m.MsgIdentification.MessageID._value_1 for m in (liste.MessageMetaData or [])]
ergebnis["gelistet"] = message_id in ids

antwort = postfach.getMessage(MsgSelector={"MessageID": [{"_value_1": message_id}]}, _soapheaders=author_header(leser))
container = antwort.body.ContentContainer
abgeholt = container.Message._value_1
with open(ausgabe, "wb") as f:
    f.write(abgeholt)
ergebnis["gleich"] = abgeholt == daten
ergebnis["typ"] = antworttyp.typ

# The same message again, this time asking for MTOM: zeep decodes the multipart/related answer (XOP).
client.transport.session.headers["Accept"] = "multipart/related, application/soap+xml"
mtom = postfach.getMessage(MsgSelector={"MessageID": [{"_value_1": message_id}]}, _soapheaders=author_header(leser))
del client.transport.session.headers["Accept"]
ergebnis["typMtom"] = antworttyp.typ
ergebnis["gleichMtom"] = mtom.body.ContentContainer.Message._value_1 == daten
# The WSDL names the header part FetchResponseHeader (osci:MsgBoxResponse).
request_id = antwort.header.FetchResponseHeader.MsgBoxRequestID
ergebnis["requestId"] = request_id

postfach.close(MsgBoxRequestID=request_id, LastMsgReceived=[{"_value_1": message_id}], _soapheaders=author_header(leser))
try:
    postfach.getMessage(MsgSelector={"MessageID": [{"_value_1": message_id}]}, _soapheaders=author_header(leser))
    ergebnis["nachSchliessen"] = "abgeholt"
except Fault as f:
    codes = [e.text for e in f.detail.iter() if e.tag == "code"] if f.detail is not None else []
    ergebnis["nachSchliessen"] = codes[0] if codes else f.message
print(json.dumps(ergebnis))
