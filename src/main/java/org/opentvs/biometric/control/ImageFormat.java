package org.opentvs.biometric.control;

import org.opentvs.platform.control.Refusal;

/** The image formats a capture or a reference may come in, recognised by their signature. */
public enum ImageFormat {

    JPEG("jpeg"), PNG("png");

    private final String readerName;

    ImageFormat(String readerName) {
        this.readerName = readerName;
    }

    public String readerName() {
        return readerName;
    }

    public static ImageFormat of(String declared) {
        if (declared != null) {
            switch (declared.toLowerCase()) {
                case "jpeg", "jpg" :
                    return JPEG;
                case "png" :
                    return PNG;
                default :
                    break;
            }
        }
        throw Refusal.invalid("IMAGE_FORMAT_UNSUPPORTED", "image.format must be jpeg or png");
    }

    static ImageFormat sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A) {
            return PNG;
        }
        return null;
    }
}
