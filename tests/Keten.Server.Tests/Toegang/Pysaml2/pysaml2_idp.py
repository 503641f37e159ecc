"""A herkenningsmakelaar for Keten's SAML login tests, built on pysaml2's Server (Debian python3-pysaml2).

Run: /usr/bin/python3 pysaml2_idp.py <config.json>. The config (written by the test) names the IdP's entity ID, key
and certificate, Keten's SP metadata and certificate files, and the identity to assert. The script binds 127.0.0.1 on
a free port and prints "port <n>" once it answers; it reads Keten's metadata at the first SAML request.

GET  /sso  HTTP-Redirect AuthnRequest in (Keten's query signature checked); no login page: the identity comes from the
           config, per request overridable by query parameters the test adds:
           binding=artifact|post, loa=loa3|loa2plus|..., cipher=aes256-gcm|aes256-cbc, audience=<entity id>.
POST /ars  SOAP ArtifactResolve (Keten's signature checked); each artifact resolves once.

The assertion carries eTOEGANG attributes: LegalSubjectID and ActingSubjectID as an EncryptedID inside the
AttributeValue, ServiceID, ServiceUUID, Vestigingsnr. It is signed, then encrypted; the Response is signed too.
"""

import json
import re
import sys
import tempfile
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, make_server

from saml2 import (
    BINDING_HTTP_ARTIFACT,
    BINDING_HTTP_POST,
    BINDING_HTTP_REDIRECT,
    BINDING_SOAP,
    element_to_extension_element,
    saml,
    samlp,
)
from saml2.config import IdPConfig
from saml2.s_utils import sid, success_status_factory
from saml2.saml import NAME_FORMAT_URI, NAMEID_FORMAT_PERSISTENT, NAMEID_FORMAT_TRANSIENT
from saml2.server import Server
from saml2.sigver import (
    RSA_OAEP_MGF1P,
    pre_encrypt_assertion,
    pre_encryption_part,
    pre_signature_part,
    verify_redirect_signature,
)
from saml2.time_util import instant
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256

LOA = "urn:etoegang:core:assurance-class:"
LEGAL_SUBJECT_ID = "urn:etoegang:core:LegalSubjectID"
ACTING_SUBJECT_ID = "urn:etoegang:core:ActingSubjectID"
SERVICE_ID = "urn:etoegang:core:ServiceID"
SERVICE_UUID = "urn:etoegang:core:ServiceUUID"
VESTIGINGSNR = "urn:etoegang:1.9:ServiceRestriction:Vestigingsnr"
KVKNR = "urn:etoegang:1.9:EntityConcernedID:KvKnr"

# Work-around: pysaml2 encrypts with tripledes-cbc and a des-192 session key unless told otherwise.
CIPHERS = {
    "aes256-gcm": ("http://www.w3.org/2009/xmlenc11#aes256-gcm", "aes-256"),
    "aes256-cbc": ("http://www.w3.org/2001/04/xmlenc#aes256-cbc", "aes-256"),
}
SOAP_ENVELOPE = ('<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">'
                 '<SOAP-ENV:Body>{}</SOAP-ENV:Body></SOAP-ENV:Envelope>')
NS = {"samlp": samlp.NAMESPACE, "saml": saml.NAMESPACE, "ds": "http://www.w3.org/2000/09/xmldsig#"}


def load_server(settings):
    config = IdPConfig()
    config.load({
        "entityid": settings["entityId"],
        "service": {"idp": {
            "endpoints": {
                "single_sign_on_service": [(settings["baseUrl"] + "/sso", BINDING_HTTP_REDIRECT)],
                "artifact_resolution_service": [(settings["baseUrl"] + "/ars", BINDING_SOAP, 0)],
            },
            # Keten signs the Redirect binding's query string; checked below with verify_redirect_signature.
            "want_authn_requests_signed": False,
            "name_id_format": [NAMEID_FORMAT_TRANSIENT],
            "policy": {"default": {"lifetime": {"minutes": 5}, "name_form": NAME_FORMAT_URI}},
        }},
        "key_file": settings["keyFile"],
        "cert_file": settings["certFile"],
        "metadata": {"local": [settings["spMetadataFile"]]},
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "signing_algorithm": SIG_RSA_SHA256,
        "digest_algorithm": DIGEST_SHA256,
    })
    return Server(config=config)


class Idp:
    def __init__(self, settings):
        self.settings = settings
        self._server = None
        with open(settings["spCertFile"]) as f:
            self.sp_cert = f.read()

    @property
    def server(self):
        """Loaded at the first SAML request: Keten's metadata file is written after this IdP has its port."""
        if self._server is None:
            self._server = load_server(self.settings)
        return self._server

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        try:
            if path == "/sso" and environ["REQUEST_METHOD"] == "GET":
                status, headers, body = self.sso(environ)
            elif path == "/ars" and environ["REQUEST_METHOD"] == "POST":
                status, headers, body = self.ars(environ)
            elif path == "/":
                status, headers, body = "200 OK", [("Content-Type", "text/plain")], "pysaml2 idp"
            else:
                status, headers, body = "404 Not Found", [("Content-Type", "text/plain")], "not found"
        except Refused as refused:
            print("refused: " + str(refused), file=sys.stderr, flush=True)
            status, headers, body = "400 Bad Request", [("Content-Type", "text/plain")], str(refused)
        start_response(status, headers)
        return [body.encode("utf-8")]

    # --- AuthnRequest in, Response out ---

    def sso(self, environ):
        query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        signed = {k: query[k] for k in ("SAMLRequest", "RelayState", "SigAlg", "Signature") if k in query}
        if "Signature" not in signed or not verify_redirect_signature(signed, self.server.sec.sec_backend, cert=pem_body(self.sp_cert)):
            raise Refused("AuthnRequest: the Redirect binding's signature does not verify")
        request = self.server.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT)
        args = self.server.response_args(request.message, [BINDING_HTTP_ARTIFACT])
        relay_state = query.get("RelayState", "")
        response = self.response(args, query)
        if query.get("binding", "artifact") == "post":
            info = self.server.apply_binding(BINDING_HTTP_POST, response, args["destination"], relay_state, response=True)
            return "200 OK", [("Content-Type", "text/html")], info["data"]
        # apply_binding(HTTP-Artifact) puts its message itself into SAMLart: hand it the artifact, not the Response.
        artifact = self.server.use_artifact(response, 0)
        info = self.server.apply_binding(BINDING_HTTP_ARTIFACT, artifact, args["destination"], relay_state, response=True)
        return "302 Found", [("Location", info["url"])], ""

    def response(self, args, query):
        """The signed Response with the signed, then encrypted assertion, as text."""
        identity = self.settings["identity"]
        server = self.server
        unsigned = server._authn_response(
            args["in_response_to"], args["destination"], args["sp_entity_id"],
            identity={},
            name_id=saml.NameID(format=NAMEID_FORMAT_TRANSIENT, text=sid()),
            authn={"class_ref": LOA + query.get("loa", "loa3"), "authn_auth": identity["authenticatingAuthority"]},
            sign_assertion=False, sign_response=False, encrypt_assertion=False)
        assertion = unsigned.assertion
        if "audience" in query:
            assertion.conditions.audience_restriction[0].audience[0].text = query["audience"]
        assertion.attribute_statement = [saml.AttributeStatement(attribute=[
            text_attribute(SERVICE_ID, identity["serviceId"]),
            text_attribute(SERVICE_UUID, identity["serviceUuid"]),
            text_attribute(VESTIGINGSNR, identity["vestigingsnr"]),
            name_id_attribute(ACTING_SUBJECT_ID, identity["actingSubjectQualifier"], identity["actingSubject"]),
            name_id_attribute(LEGAL_SUBJECT_ID, KVKNR, identity["kvkNummer"]),
        ])]
        assertion.signature = signature_template(assertion.id, server)
        unsigned.signature = signature_template(unsigned.id, server)
        cipher = CIPHERS[query.get("cipher", "aes256-gcm")]
        text = pre_encrypt_assertion(unsigned).to_string(nspair=NS).decode("utf-8")
        text = self.encrypt_name_ids(text, cipher)
        text = server.sec.sign_statement(text, class_name(saml.Assertion), node_id=assertion.id)
        text = server.sec.crypto.encrypt_assertion(
            text, self.settings["spCertFile"], encryption_template(cipher, self.sp_cert), cipher[1],
            node_xpath="//*[local-name()='EncryptedAssertion']/*[local-name()='Assertion']")
        return server.sec.sign_statement(text, class_name(samlp.Response), node_id=unsigned.id)

    def encrypt_name_ids(self, text, cipher):
        """Each NameID waiting inside an EncryptedID becomes its EncryptedData (XML-Enc, one session key each)."""
        xpath = "(//*[local-name()='EncryptedID']/*[local-name()='NameID'])[1]"
        for _ in range(text.count("<saml:EncryptedID>")):
            with tempfile.NamedTemporaryFile("w", suffix=".xml") as template:
                template.write(str(encryption_template(cipher, self.sp_cert)))
                template.flush()
                text = self.server.sec.crypto.encrypt(text, self.settings["spCertFile"], template.name, cipher[1], xpath)
            if isinstance(text, bytes):
                text = text.decode("utf-8")
        return text

    # --- ArtifactResolve in, ArtifactResponse out ---

    def ars(self, environ):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        envelope = environ["wsgi.input"].read(length).decode("utf-8")
        resolve = self.server.parse_artifact_resolve(envelope)
        if resolve.signature is None or not self.server.sec.verify_signature(
                envelope, self.settings["spCertFile"], node_name=class_name(samlp.ArtifactResolve), node_id=resolve.id):
            raise Refused("ArtifactResolve: the signature does not verify")
        # Resolvable once (AS «Bindings»); an unknown artifact gets an ArtifactResponse without a message.
        message = self.server.artifact.pop(resolve.artifact.text, None)
        return "200 OK", [("Content-Type", "text/xml")], SOAP_ENVELOPE.format(self.artifact_response(resolve, message))

    def artifact_response(self, resolve, message):
        # Work-around: pysaml2 cannot sign an ArtifactResponse around an already signed Response, so the Response is
        # spliced in as text after the Status, then the ArtifactResponse node is signed.
        response = samlp.ArtifactResponse(
            id=sid(), version="2.0", issue_instant=instant(), in_response_to=resolve.id,
            issuer=self.server._issuer(), status=success_status_factory())
        response.signature = signature_template(response.id, self.server)
        text = response.to_string(nspair=NS).decode("utf-8")
        if message is not None:
            text = text.replace("</samlp:Status>", "</samlp:Status>" + without_declaration(message), 1)
        signed = self.server.sec.sign_statement(text, class_name(samlp.ArtifactResponse), node_id=response.id)
        # Work-around: pysaml2's SOAP helper re-serialises the message and breaks its signatures: wrap it as text.
        return without_declaration(signed)


class Refused(Exception):
    pass


def class_name(cls):
    return "{}:{}".format(cls.c_namespace, cls.c_tag)


def signature_template(element_id, server):
    return pre_signature_part(element_id, server.sec.my_cert, 1, sign_alg=SIG_RSA_SHA256, digest_alg=DIGEST_SHA256)


def encryption_template(cipher, sp_cert):
    return pre_encryption_part(msg_enc=cipher[0], key_enc=RSA_OAEP_MGF1P, key_name="keten", encrypt_cert=pem_body(sp_cert))


def text_attribute(name, value):
    return saml.Attribute(name=name, name_format=NAME_FORMAT_URI,
                          attribute_value=[saml.AttributeValue(text=value)])


def name_id_attribute(name, qualifier, value):
    """The eTOEGANG shape: AttributeValue/EncryptedID/NameID, the NameQualifier naming the identifier's type."""
    name_id = saml.NameID(format=NAMEID_FORMAT_PERSISTENT, name_qualifier=qualifier, text=value)
    value = saml.AttributeValue()
    value.extension_elements = [element_to_extension_element(saml.EncryptedID(extension_elements=[element_to_extension_element(name_id)]))]
    return saml.Attribute(name=name, name_format=NAME_FORMAT_URI, attribute_value=[value])


def pem_body(pem):
    return "".join(line for line in pem.splitlines() if "-----" not in line)


def without_declaration(xml):
    if isinstance(xml, bytes):
        xml = xml.decode("utf-8")
    return re.sub(r"^\s*<\?xml[^>]*\?>\s*", "", xml)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def main():
    with open(sys.argv[1]) as f:
        settings = json.load(f)
    idp = Idp(settings)
    httpd = make_server("127.0.0.1", 0, idp, handler_class=QuietHandler)
    settings["baseUrl"] = "http://127.0.0.1:{}".format(httpd.server_port)
    print("port {}".format(httpd.server_port), flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
