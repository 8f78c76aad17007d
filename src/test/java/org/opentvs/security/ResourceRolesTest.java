package org.opentvs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentvs.security.boundary.Roles;

/**
 * Every resource method declares its roles, and the published OpenAPI document lists exactly the
 * resource methods there are with exactly those roles: walking the document walks the whole API.
 */
class ResourceRolesTest {

    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE");

    @Test
    void everyResourceMethodDeclaresRolesAndIsInTheContract() throws Exception {
        Map<String, Set<String>> code = resourceMethods();
        assertTrue(code.size() >= 40, "found the resources: " + code.keySet());
        code.forEach((op, roles) -> assertFalse(roles.isEmpty(), op + " declares no roles"));
        Map<String, Set<String>> contract = new TreeMap<>();
        String yaml = new String(ResourceRolesTest.class.getResourceAsStream("/META-INF/openapi.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        ApiContract.parse(yaml).operations().forEach(o -> contract.put(o.key(), o.roles()));
        assertEquals(code, contract, "openapi.yaml (x-roles) and the resources' @Roles");
    }

    private static Map<String, Set<String>> resourceMethods() throws IOException, URISyntaxException {
        java.nio.file.Path classes = Paths.get(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.contains("/boundary/") && f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - 6).replace('/', '.')).forEach(name -> add(load(name), found));
        }
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceRolesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Class<?> type, Map<String, Set<String>> found) {
        Path base = type.getAnnotation(Path.class);
        if (base == null) {
            return;
        }
        for (Method m : type.getDeclaredMethods()) {
            VERBS.forEach((annotation, verb) -> {
                if (m.isAnnotationPresent(annotation)) {
                    Path sub = m.getAnnotation(Path.class);
                    Roles roles = m.getAnnotation(Roles.class);
                    found.put(verb + " " + path(base.value(), sub == null ? "" : sub.value()),
                            roles == null ? Set.of() : new TreeSet<>(Set.of(roles.value())));
                }
            });
        }
    }

    private static String path(String base, String sub) {
        StringBuilder p = new StringBuilder("/api/v1");
        for (String part : new String[]{base, sub}) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                p.append('/').append(trimmed);
            }
        }
        return p.toString();
    }
}
