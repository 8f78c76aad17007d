package org.opentvs.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/** The operations of an OpenAPI document: path, method and the roles its {@code x-roles} names. */
public record ApiContract(List<Operation> operations) {

    public record Operation(String path, String method, Set<String> roles) {

        public String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @SuppressWarnings("unchecked")
    public static ApiContract parse(String yaml) {
        Map<String, Object> doc = new Yaml().load(yaml);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (METHODS.contains(method)) {
                Object roles = ((Map<String, Object>) op).get("x-roles");
                operations.add(new Operation(path, method, roles == null ? Set.of() : new TreeSet<>((List<String>) roles)));
            }
        }));
        operations.sort(Comparator.comparing(Operation::key));
        return new ApiContract(List.copyOf(operations));
    }

    public long paths() {
        return operations.stream().map(Operation::path).distinct().count();
    }
}
