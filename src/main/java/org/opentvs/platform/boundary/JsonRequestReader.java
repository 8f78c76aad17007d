package org.opentvs.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.yasson.YassonJsonb;

/**
 * Binds every JSON request body a resource takes as one of our records: the text is checked
 * (one object, at most {@value JsonText#MAX_DEPTH} deep, nothing after it, no NUL), then against
 * the record's {@link RecordShape} (a field it does not declare is a 400 naming it, a value of the
 * wrong kind a 422 naming it; texts are trimmed and an empty one counts as absent), then JSON-B
 * binds it and Bean Validation checks the record's constraints, whose violations
 * {@link ConstraintViolationMapper} turns into the usual 422 naming the field.
 * <p>
 * The resource's parameter carries no constraint of its own ({@code @Valid}, {@code @NotNull}): the
 * body is validated here, once, and a constrained method would make Hibernate Validator's CDI
 * interceptor and Jersey validate it twice more (18% of the server's CPU at 1,000 verifications/s).
 * An empty body is refused here too.
 */
@Provider
public class JsonRequestReader implements MessageBodyReader<Record> {

    /** The longest body any call takes: a base64 image of the largest configured size fits. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static volatile Validator validator;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().startsWith("org.opentvs.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return read(type, text(entity, mediaType));
    }

    /** The body's record, checked and validated; what a resource that reads its body itself uses too. */
    public static <T extends Record> T read(Class<T> type, String body) {
        JsonObject object = JsonText.object(body);
        JsonObject normalised = RecordShape.of(type).check(object, "");
        T bound;
        try {
            bound = JsonBinding.jsonb().fromJsonStructure(normalised, type);
        } catch (JsonbException e) {
            throw ApiException.badRequest("The body is not the JSON this call expects");
        }
        Set<ConstraintViolation<T>> violations = validator().validate(bound);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return bound;
    }

    /**
     * A body that is an open map rather than a record (job parameters): the text checks every body
     * gets (one object, not too deep, nothing after it, no NUL), the names and values left to the caller.
     */
    public static JsonObject object(String body) {
        return JsonText.object(body);
    }

    /** {@link #read}, with constraint violations refused as the edge answers them (for callers inside an EJB, and tests). */
    public static <T extends Record> T readOrRefuse(Class<T> type, String body) {
        try {
            return read(type, body);
        } catch (ConstraintViolationException e) {
            throw ConstraintViolationMapper.refusal(e);
        }
    }

    /** Bean Validation of a record built in code (one item of a batch), refused as a body would be. */
    public static <T> T validated(T value) {
        Set<ConstraintViolation<T>> violations = validator().validate(value);
        if (!violations.isEmpty()) {
            throw ConstraintViolationMapper.refusal(new ConstraintViolationException(violations));
        }
        return value;
    }

    private static String text(InputStream entity, MediaType mediaType) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int n; (n = entity.read(buffer)) > 0;) {
            if (bytes.size() + n > MAX_BYTES) {
                throw new ApiException(413, "TOO_LARGE", "A JSON body may have at most " + MAX_BYTES + " bytes",
                        Map.of("maxBytes", MAX_BYTES));
            }
            bytes.write(buffer, 0, n);
        }
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return bytes.toString(charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
    }

    private static Validator validator() {
        Validator v = validator;
        if (v == null) {
            v = Validation.buildDefaultValidatorFactory().getValidator();
            validator = v;
        }
        return v;
    }

    /** The one JSON-B instance requests are bound with (thread-safe, built once). */
    static final class JsonBinding {

        private static final YassonJsonb JSONB = (YassonJsonb) jakarta.json.bind.JsonbBuilder.create();

        private JsonBinding() {
        }

        static YassonJsonb jsonb() {
            return JSONB;
        }
    }
}
