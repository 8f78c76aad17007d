package org.opentvs.biometric.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Codec for algorithm {@value #ALGORITHM}: a template is a vector of little-endian IEEE-754 float32
 * components, transported as standard base64. Any dimension from {@value #MIN_DIMENSION} to
 * {@value #MAX_DIMENSION} is accepted; the vector is scaled to unit length on receipt, so the dot
 * product of two templates is their cosine similarity. Instances are immutable.
 */
public final class CosineTemplate {

    public static final String ALGORITHM = "cosine-v1";
    public static final int MIN_DIMENSION = 2;
    public static final int MAX_DIMENSION = 4096;

    private final float[] unit;

    private CosineTemplate(float[] unit) {
        this.unit = unit;
    }

    /** Decodes a base64 template; throws {@link TemplateException} when it is not acceptable. */
    public static CosineTemplate decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            throw malformed("template is empty");
        }
        if (base64.length() > 4 * ((MAX_DIMENSION * Float.BYTES + 2) / 3)) {
            throw new TemplateException(TemplateException.Code.TEMPLATE_DIMENSION,
                    "template has more than " + MAX_DIMENSION + " components");
        }
        try {
            return decode(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw malformed("template is not valid base64");
        }
    }

    /** Decodes raw little-endian float32 bytes. */
    public static CosineTemplate decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw malformed("template is empty");
        }
        if (bytes.length % Float.BYTES != 0) {
            throw malformed("template length is not a multiple of 4 bytes");
        }
        float[] components = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(components);
        return of(components);
    }

    /** Validates and unit-normalises the given components (the array is not modified). */
    public static CosineTemplate of(float[] components) {
        if (components == null) {
            throw malformed("template is empty");
        }
        if (components.length < MIN_DIMENSION || components.length > MAX_DIMENSION) {
            throw new TemplateException(TemplateException.Code.TEMPLATE_DIMENSION,
                    "template dimension must be between " + MIN_DIMENSION + " and " + MAX_DIMENSION);
        }
        double sumOfSquares = 0;
        for (float c : components) {
            if (!Float.isFinite(c)) {
                throw new TemplateException(TemplateException.Code.TEMPLATE_NOT_FINITE,
                        "template contains a NaN or infinite component");
            }
            sumOfSquares += (double) c * c;
        }
        if (sumOfSquares == 0) {
            throw new TemplateException(TemplateException.Code.TEMPLATE_ZERO_VECTOR,
                    "template is a zero vector");
        }
        double norm = Math.sqrt(sumOfSquares);
        float[] unit = new float[components.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = (float) (components[i] / norm);
        }
        return new CosineTemplate(unit);
    }

    public int dimension() {
        return unit.length;
    }

    /** A copy of the unit vector. */
    public float[] vector() {
        return unit.clone();
    }

    /** The unit vector as little-endian float32 bytes. */
    public byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(unit.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(unit);
        return buffer.array();
    }

    public String encodeBase64() {
        return Base64.getEncoder().encodeToString(encode());
    }

    private static TemplateException malformed(String message) {
        return new TemplateException(TemplateException.Code.TEMPLATE_MALFORMED, message);
    }
}
