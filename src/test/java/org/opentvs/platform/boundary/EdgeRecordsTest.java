package org.opentvs.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.alerting.boundary.WatchlistEntryReply;

/**
 * The records at the edge: every record a resource method takes as its body has a {@link RecordShape}
 * (each component of a kind the reader can check), and every reply record lists its components in
 * {@code @JsonbPropertyOrder} in declaration order, so its JSON has the fields in the order API.md shows.
 */
class EdgeRecordsTest {

    private static final List<Class<?>> CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opentvs").stream().map(JavaClass::reflect).toList();

    @Test
    void everyRequestRecordHasAShape() {
        List<Class<?>> requests = new ArrayList<>();
        for (Class<?> resource : CLASSES) {
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : resource.getDeclaredMethods()) {
                boolean takesBody = m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(PATCH.class);
                for (Parameter p : m.getParameters()) {
                    if (takesBody && p.getType().isRecord() && p.getAnnotations().length == countValidation(p)) {
                        RecordShape.of(p.getType());
                        requests.add(p.getType());
                    }
                }
            }
        }
        assertFalse(requests.isEmpty(), "no resource takes a request record");
    }

    /** A body parameter carries only Bean Validation annotations (path, query and context parameters carry their own). */
    private static int countValidation(Parameter p) {
        return (int) Arrays.stream(p.getAnnotations()).filter(a -> a.annotationType().getPackageName().startsWith("jakarta.validation"))
                .count();
    }

    /** Validated once, by the reader: a constrained resource method is validated again by Jersey and by HV's CDI interceptor. */
    @Test
    void noResourceMethodCarriesConstraints() {
        List<String> constrained = new ArrayList<>();
        for (Class<?> resource : CLASSES) {
            if (resource.isAnnotationPresent(Path.class)) {
                for (Method m : resource.getDeclaredMethods()) {
                    for (Parameter p : m.getParameters()) {
                        if (countValidation(p) > 0) {
                            constrained.add(resource.getSimpleName() + "." + m.getName() + "(" + p.getType().getSimpleName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), constrained);
    }

    @Test
    void replyRecordsListTheirFieldsInDeclarationOrder() {
        int checked = 0;
        for (Class<?> type : CLASSES) {
            JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
            if (order != null && type.isRecord()) {
                assertEquals(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(), List.of(order.value()),
                        type.getName());
                checked++;
            }
        }
        assertFalse(checked == 0, "no reply record found");
    }

    @Test
    void aReplyLeavesOutWhatItDoesNotHave() {
        assertEquals("{\"id\":\"e1\",\"category\":\"WANTED\"}",
                JsonbBuilder.create().toJson(new WatchlistEntryReply("e1", "WANTED", null)));
        assertEquals("{\"id\":\"e1\",\"category\":\"WANTED\",\"version\":2}",
                JsonbBuilder.create().toJson(new WatchlistEntryReply("e1", "WANTED", 2L)));
    }
}
