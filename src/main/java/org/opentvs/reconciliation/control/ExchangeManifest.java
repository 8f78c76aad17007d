package org.opentvs.reconciliation.control;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.opentvs.platform.control.Json;

/**
 * The manifest beside an exchanged file, {@code <file>.manifest.json}:
 * {@code {"file": "<name>", "records": <data records, header not counted>, "sha256": "<64 hex digits of the file's bytes>"}}.
 */
public record ExchangeManifest(String file, long records, String sha256) {

    public static final String SUFFIX = ".manifest.json";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public String json() {
        return Json.createObjectBuilder().add("file", file).add("records", records).add("sha256", sha256).build().toString() + "\n";
    }

    /** @throws IllegalArgumentException with the reason when the text is not such a manifest */
    public static ExchangeManifest parse(String text) {
        JsonObject o;
        try {
            JsonValue v = Json.createReader(new StringReader(text)).readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("manifest is not a JSON object");
            }
            o = v.asJsonObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("manifest is not valid JSON");
        }
        if (!(o.get("file") instanceof JsonString file) || !(o.get("records") instanceof JsonNumber records)
                || !(o.get("sha256") instanceof JsonString sha)) {
            throw new IllegalArgumentException("manifest needs file (string), records (number) and sha256 (string)");
        }
        String hex = sha.getString().trim().toLowerCase();
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("manifest sha256 is not 64 hex digits");
        }
        return new ExchangeManifest(file.getString(), records.longValueExact(), hex);
    }

    /** Why a file does not agree with this manifest, or null when it does. */
    public String mismatch(String fileName, String actualSha256, long actualRecords) {
        if (!file.equals(fileName)) {
            return "MANIFEST_FILE_MISMATCH: the manifest names " + file;
        }
        if (!sha256.equals(actualSha256)) {
            return "CHECKSUM_MISMATCH: manifest sha256 " + sha256 + ", file sha256 " + actualSha256;
        }
        if (records != actualRecords) {
            return "RECORD_COUNT_MISMATCH: manifest says " + records + " records, the file has " + actualRecords;
        }
        return null;
    }
}
