package org.opentvs.gallery.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** {@code POST /api/v1/admin/ports/{port}/gallery}: rebuild a land port's gallery now. */
@RequestScoped
@Path("admin/ports/{port}/gallery")
@Produces(MediaType.APPLICATION_JSON)
public class PortGalleriesResource {

    @Inject
    PortGalleryBuilding building;

    @POST
    @Roles(Role.ADMIN)
    public PortGalleryReply rebuild(@PathParam("port") String port) {
        String code = port.toUpperCase();
        if (!code.matches("[A-Z0-9]{3,5}")) {
            throw ApiException.badRequest("A port is a 3 to 5 character code");
        }
        return PortGalleryReply.of(building.rebuild(code), code);
    }
}
