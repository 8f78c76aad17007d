package org.opentvs.holdings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.biometric.boundary.FaceInput;
import org.opentvs.holdings.control.FaceReferences;
import org.opentvs.holdings.entity.HoldingFace;
import org.opentvs.holdings.entity.HoldingIdentity;
import org.opentvs.holdings.entity.IdentityDocument;
import org.opentvs.holdings.entity.PersonData;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Caller;

/** Enrols a reference identity (person, documents, faces) from a holdings feed. */
@Stateless
public class HoldingEnrolment {

    private static final Logger LOG = Logger.getLogger(HoldingEnrolment.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    FaceReferences faces;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public HoldingIdentity enrol(HoldingRequest request, Caller caller) {
        Instant now = clock.now();
        String source = upper(request.source());
        HoldingRequest.Person person = request.person();
        PersonData data = new PersonData(person.familyName(), person.givenNames(), person.dateOfBirth(), upper(person.sex()),
                upper(person.nationality()), Boolean.TRUE.equals(person.usCitizen()));
        List<IdentityDocument> documents = new ArrayList<>();
        for (HoldingRequest.Document doc : request.documents()) {
            documents.add(new IdentityDocument(doc.type() == null ? "P" : doc.type(), doc.number(), upper(doc.issuingCountry()),
                    doc.expiry()));
        }
        HoldingIdentity identity = new HoldingIdentity(source, data, documents, now, caller.auditName());
        List<HoldingFace> sealed = new ArrayList<>();
        for (int i = 0; i < request.faces().size(); i++) {
            sealed.add(face(request.faces().get(i), "faces[" + i + "]", identity.id(), now));
        }
        List<String> ports = ports(request.ports());
        em.persist(identity);
        sealed.forEach(em::persist);
        for (String port : ports) {
            em.createNativeQuery("insert into holding_port (identity_id, port) values (?, ?) on conflict do nothing")
                    .setParameter(1, identity.id()).setParameter(2, port).executeUpdate();
        }
        audit.record(caller, "CREATE", "holding", identity.id(), "source=" + source + " faces=" + sealed.size());
        LOG.info(() -> "Enrolled reference identity " + identity.id() + " from " + source + " with " + sealed.size() + " faces");
        return identity;
    }

    /** Land ports a frequent-crosser programme enrols the person for (their standing port galleries). */
    private static List<String> ports(List<String> codes) {
        List<String> ports = codes.stream().map(HoldingEnrolment::upper).toList();
        if (ports.stream().anyMatch(p -> !p.matches("[A-Z0-9]{3,5}"))) {
            throw ApiException.invalidField("ports", "must hold port codes");
        }
        return ports;
    }

    private HoldingFace face(FaceInput face, String field, UUID identityId, Instant at) {
        if (face.template() != null) {
            String algorithm = ApiException.requiredField(face.template().algorithm(), field + ".template.algorithm");
            FaceReferences.requireInstalled(algorithm);
            return faces.fromTemplate(algorithm, ApiException.requiredField(face.template().data(), field + ".template.data"), identityId,
                    at);
        }
        if (face.image() != null) {
            String format = ApiException.requiredField(face.image().format(), field + ".image.format").toLowerCase(Locale.ROOT);
            if (!format.equals("jpeg") && !format.equals("png")) {
                throw ApiException.invalidField(field + ".image.format", "must be jpeg or png");
            }
            return faces.fromImage(format, ApiException.requiredField(face.image().data(), field + ".image.data"), identityId, at);
        }
        throw ApiException.invalidField(field + ".template", "or 'image' is required for each face");
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

}
