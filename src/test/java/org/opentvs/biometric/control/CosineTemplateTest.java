package org.opentvs.biometric.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CosineTemplateTest {

    @Test
    void decodesLittleEndianFloatsAndNormalises() {
        CosineTemplate template = CosineTemplate.decode(base64(3f, 4f));

        assertEquals(2, template.dimension());
        assertArrayEquals(new float[]{0.6f, 0.8f}, template.vector(), 1e-7f);
    }

    @Test
    void encodesUnitVectorAsLittleEndianBytes() {
        byte[] bytes = CosineTemplate.of(new float[]{0f, 2f}).encode();

        assertArrayEquals(new byte[]{0, 0, 0, 0, 0, 0, (byte) 0x80, 0x3F}, bytes);
    }

    @Test
    void roundTripKeepsTheUnitVectorBitForBit() {
        float[] components = new float[513];
        for (int i = 0; i < components.length; i++) {
            components[i] = (float) Math.sin(i * 0.37) * (i % 7 + 1);
        }
        CosineTemplate first = CosineTemplate.of(components);

        CosineTemplate again = CosineTemplate.decode(first.encodeBase64());

        assertArrayEquals(first.vector(), again.vector());
        assertEquals(513, again.dimension());
        double norm = 0;
        for (float c : again.vector()) {
            norm += c * (double) c;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-6);
    }

    @Test
    void acceptsTheDimensionLimits() {
        assertEquals(2, CosineTemplate.decode(base64(1f, 1f)).dimension());
        assertEquals(4096, CosineTemplate.decode(base64(filled(4096, 0.5f))).dimension());
    }

    @Test
    void vectorIsADefensiveCopy() {
        CosineTemplate template = CosineTemplate.of(new float[]{1f, 0f});
        template.vector()[0] = 42f;

        assertEquals(1f, template.vector()[0]);
    }

    @Test
    void rejectsMissingOrEmptyInput() {
        assertRejected(TemplateException.Code.TEMPLATE_MALFORMED, null);
        assertRejected(TemplateException.Code.TEMPLATE_MALFORMED, "");
        TemplateException e = assertThrows(TemplateException.class, () -> CosineTemplate.decode(new byte[0]));
        assertEquals(TemplateException.Code.TEMPLATE_MALFORMED, e.code());
    }

    @Test
    void rejectsInvalidBase64() {
        assertRejected(TemplateException.Code.TEMPLATE_MALFORMED, "AAAA*AAA");
    }

    @Test
    void rejectsLengthNotAMultipleOfFour() {
        String sevenBytes = Base64.getEncoder().encodeToString(new byte[7]);

        TemplateException e = assertRejected(TemplateException.Code.TEMPLATE_MALFORMED, sevenBytes);
        assertEquals("template length is not a multiple of 4 bytes", e.getMessage());
    }

    @Test
    void rejectsDimensionOutOfRange() {
        assertRejected(TemplateException.Code.TEMPLATE_DIMENSION, base64(1f));
        assertRejected(TemplateException.Code.TEMPLATE_DIMENSION, base64(filled(4097, 0.5f)));
        assertRejected(TemplateException.Code.TEMPLATE_DIMENSION, "A".repeat(100_000));
    }

    @Test
    void rejectsNonFiniteComponents() {
        assertRejected(TemplateException.Code.TEMPLATE_NOT_FINITE, base64(1f, Float.NaN));
        assertRejected(TemplateException.Code.TEMPLATE_NOT_FINITE, base64(Float.POSITIVE_INFINITY, 1f));
        assertRejected(TemplateException.Code.TEMPLATE_NOT_FINITE, base64(1f, Float.NEGATIVE_INFINITY));
    }

    @Test
    void rejectsZeroVector() {
        assertRejected(TemplateException.Code.TEMPLATE_ZERO_VECTOR, base64(0f, -0f, 0f));
    }

    @Test
    void messagesCarryNoTemplateData() {
        String input = base64(1.2345f, Float.NaN);

        TemplateException e = assertRejected(TemplateException.Code.TEMPLATE_NOT_FINITE, input);

        assertFalse(e.getMessage().contains(input));
        assertFalse(e.getMessage().contains("1.2345"));
    }

    private static TemplateException assertRejected(TemplateException.Code code, String base64) {
        TemplateException e = assertThrows(TemplateException.class, () -> CosineTemplate.decode(base64));
        assertEquals(code, e.code());
        return e;
    }

    private static float[] filled(int dim, float value) {
        float[] v = new float[dim];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static String base64(float... components) {
        ByteBuffer buffer = ByteBuffer.allocate(components.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float c : components) {
            buffer.putFloat(c);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }
}
