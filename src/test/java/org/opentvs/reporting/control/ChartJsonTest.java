package org.opentvs.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void lineChartWithGapsAndRoundedValues() {
        String json = ChartJson.line(List.of("2026-11-01", "2026-11-02")).series("Capture rate %", Arrays.asList(80.12345, null))
                .yAxis("%", 100.0).json();
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        assertEquals("line", o.getString("type"));
        assertEquals(List.of("2026-11-01", "2026-11-02"), o.getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString::getString));
        JsonObject set = o.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("Capture rate %", set.getString("label"));
        assertEquals(80.123, set.getJsonArray("data").getJsonNumber(0).doubleValue(), 1e-9);
        assertTrue(set.getJsonArray("data").isNull(1));
        assertEquals(100, o.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
    }

    @Test
    void seriesMustMatchTheLabels() {
        assertThrows(IllegalArgumentException.class, () -> ChartJson.bar(List.of("a", "b")).series("x", List.of(1.0)));
    }
}
