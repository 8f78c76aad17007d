package org.opentvs.manifest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.manifest.control.ManifestReceipt;
import org.opentvs.manifest.entity.Submission;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** {@code POST /api/v1/manifests} (raw PAXLST) and {@code GET /api/v1/manifests/{id}}. */
@RequestScoped
@Path("manifests")
@Produces(MediaType.APPLICATION_JSON)
public class ManifestsResource {

    @Inject
    ManifestReception reception;

    @Inject
    ManifestQueries queries;

    @Inject
    CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "opentvs.manifest.max-bytes", defaultValue = "5242880")
    int maxBytes;

    @POST
    @Consumes({"application/edifact", MediaType.TEXT_PLAIN, "application/x-edifact", MediaType.APPLICATION_OCTET_STREAM})
    @Roles({Role.MANIFEST_SUBMITTER, Role.ADMIN})
    public Response submit(InputStream body) {
        ManifestReceipt receipt = reception.receive(new Submission(Submission.Channel.REST, caller.get(), read(body)));
        int status = "DUPLICATE".equals(receipt.status()) ? 200 : 201;
        return Response.status(status).entity(receipt).build();
    }

    @GET
    @Path("{id}")
    @Roles({Role.ADMIN, Role.OFFICER, Role.PAU_ANALYST, Role.MANIFEST_SUBMITTER})
    public ManifestView manifest(@PathParam("id") String id) {
        return queries.manifest(id, caller.get());
    }

    private byte[] read(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ApiException(413, "TOO_LARGE", "A manifest may have at most " + maxBytes + " bytes", null);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("The body could not be read");
        }
    }
}
