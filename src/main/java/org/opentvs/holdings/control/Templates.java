package org.opentvs.holdings.control;

import java.util.Map;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.TemplateException;
import org.opentvs.platform.control.Refusal;

/** Decodes a submitted cosine-v1 template, turning a malformed one into a 422 with its reason. */
public final class Templates {

    private Templates() {
    }

    public static CosineTemplate decode(String base64) {
        try {
            return CosineTemplate.decode(base64);
        } catch (TemplateException e) {
            throw new Refusal(Refusal.Reason.INVALID, "TEMPLATE_MALFORMED", e.getMessage(), Map.of("reason", e.code().name()));
        }
    }
}
