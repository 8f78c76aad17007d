package org.opentvs.operations.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Properties;
import java.util.TreeMap;
import org.opentvs.platform.control.Json;

/** Job parameters as JSON, by name: free-form, as {@code job_run} keeps them and the jobs API shows them. */
public final class JobJson {

    private JobJson() {
    }

    public static JsonObject properties(Properties properties) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (properties != null) {
            new TreeMap<>(properties).forEach((k, v) -> json.add(String.valueOf(k), String.valueOf(v)));
        }
        return json.build();
    }
}
