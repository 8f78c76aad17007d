package org.opentvs.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The external API, version 1 (see API.md). */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
