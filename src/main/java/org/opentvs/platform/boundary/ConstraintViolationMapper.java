package org.opentvs.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Map;

/**
 * A Bean Validation refusal as every other field refusal reads: 422 {@code INVALID_FIELD},
 * {@code "Field 'person.familyName' may have at most 100 characters"}, with {@code field}. When a
 * body breaks several constraints, the first field in path order is named (the same one each time).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ApiException refusal = refusal(e);
        return ErrorBody.response(refusal.status(), refusal.code(), refusal.getMessage(), refusal.details());
    }

    /** The refusal a set of violations stands for (what the mapper answers). */
    public static ApiException refusal(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> Map.entry(field(v), v.getMessage()))
                .min(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue(Comparator.naturalOrder())))
                .map(v -> v.getKey().isEmpty()
                        ? ApiException.badRequest("The body " + v.getValue())
                        : RecordShape.invalid(v.getKey(), v.getValue()))
                .orElseGet(() -> ApiException.badRequest("The request is not valid"));
    }

    /** The JSON path of a violation: {@code documents[1].number}; method and parameter nodes left out. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
                field.setLength(0);
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
