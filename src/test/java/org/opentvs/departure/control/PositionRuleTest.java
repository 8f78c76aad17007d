package org.opentvs.departure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentvs.departure.entity.GeoPoint;
import org.opentvs.departure.entity.PositionVerdict;

/**
 * The position rule on the seeded ports, with real places on either side of each crossing (town
 * centres and streets from public maps), and its limits: accuracy, margin, distance.
 */
class PositionRuleTest {

    private static final PositionRule RULE = new PositionRule(5000, 250, 100);

    @Test
    void theSeedHasTheLandPortsAndAirportsOfBothBorders() {
        assertTrue(SeededPorts.of("LAND").size() >= 15, "land ports: " + SeededPorts.of("LAND").size());
        assertTrue(SeededPorts.of("AIRPORT").size() >= 4);
        assertEquals(2, SeededPorts.all().stream().map(p -> p.foreignCountry()).distinct().count());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "BLAINE-PA, Peace Arch Park BC side / Douglas, 49.0200, -122.7560",
            "BLAINE-PH, Surrey at 176 St, 49.0150, -122.7340",
            "SUMAS, Huntingdon Abbotsford, 49.0110, -122.2680",
            "SWEETGRASS, Coutts AB, 49.0045, -111.9600",
            "PEMBINA, Emerson MB, 49.0060, -97.2100",
            "DETROIT-TUN, Windsor downtown, 42.3149, -83.0364",
            "DETROIT-AMB, University of Windsor, 42.3046, -83.0661",
            "BUFFALO-PB, Fort Erie, 42.9000, -78.9350",
            "CHAMPLAIN, A-15 north of Lacolle border, 45.0270, -73.4560",
            "SAN-YSIDRO, Tijuana Avenida Revolucion, 32.5317, -117.0363",
            "OTAY-MESA, Tijuana Garita Otay, 32.5400, -116.9400",
            "CALEXICO-W, Mexicali centro, 32.6500, -115.4800",
            "NOGALES-DC, Nogales Sonora, 31.3150, -110.9420",
            "EL-PASO-PDN, Ciudad Juarez centro, 31.7390, -106.4850",
            "LAREDO-I, Nuevo Laredo centro, 27.4870, -99.5070",
            "BROWNSVILLE-GW, Matamoros centro, 25.8790, -97.5040"})
    void aPlaceOnTheForeignSideIsADeparture(String port, String place, double lat, double lon) {
        PositionVerdict v = RULE.judge(SeededPorts.of("LAND"), new GeoPoint(lat, lon), 20);
        assertNull(v.refusal(), place + ": " + v);
        assertEquals(port, v.port().code(), place);
        assertTrue(v.borderDistanceMeters() > 120, place + " " + v.borderDistanceMeters());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Blaine WA downtown, 48.9937, -122.7471",
            "Sumas WA, 48.9960, -122.2650",
            "Sweetgrass MT, 48.9960, -111.9590",
            "Pembina ND, 48.9664, -97.2437",
            "Detroit downtown, 42.3314, -83.0458",
            "Detroit Mexicantown, 42.3200, -83.0850",
            "Buffalo City Hall, 42.8865, -78.8784",
            "Champlain NY, 44.9864, -73.4465",
            "San Ysidro CA, 32.5550, -117.0440",
            "Otay Mesa CA, 32.5600, -116.9400",
            "Calexico CA, 32.6789, -115.4989",
            "Nogales AZ, 31.3500, -110.9380",
            "El Paso downtown, 31.7587, -106.4869",
            "Laredo TX, 27.5150, -99.4950",
            "Brownsville TX downtown, 25.9040, -97.4970"})
    void aPlaceOnTheUsSideIsNot(String place, double lat, double lon) {
        PositionVerdict v = RULE.judge(SeededPorts.of("LAND"), new GeoPoint(lat, lon), 20);
        assertEquals(PositionRule.INSIDE_US, v.refusal(), place + ": " + v);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CZBB, 49.0742, -123.0125", "CYXX, 49.0253, -122.3606", "CYQG, 42.2756, -82.9556", "MMTJ, 32.5411, -116.9700",
            "MMHO, 29.0959, -111.0479"})
    void generalAviationReportsAtTheForeignAirport(String airport, double lat, double lon) {
        PositionVerdict v = RULE.judge(SeededPorts.of("AIRPORT"), new GeoPoint(lat, lon), 30);
        assertNull(v.refusal(), airport + ": " + v);
        assertEquals(airport, v.port().port());
    }

    @Test
    void aUsAirportIsNotNearAnyForeignAirport() {
        PositionVerdict blaine = RULE.judge(SeededPorts.of("AIRPORT"), new GeoPoint(48.9791, -122.7486), 10);
        assertEquals(PositionRule.NOT_NEAR_A_PORT, blaine.refusal());
        assertNull(blaine.port());
    }

    @Test
    void theCircleOfUncertaintyAndTheMarginMustLieBeyondTheLine() {
        List<org.opentvs.departure.entity.PortLocation> land = SeededPorts.of("LAND");
        GeoPoint justNorth = new GeoPoint(49.0021 + 0.0018, -122.7566); // about 200 m into Canada at the Peace Arch
        assertNull(RULE.judge(land, justNorth, 50).refusal());
        assertEquals(PositionRule.AT_THE_BORDER, RULE.judge(land, justNorth, 120).refusal());
        assertEquals(PositionRule.TOO_INACCURATE, RULE.judge(land, new GeoPoint(49.02, -122.7566), 400).refusal());
        assertEquals(PositionRule.INSIDE_US, RULE.judge(land, new GeoPoint(48.99, -122.7566), 800).refusal(),
                "a coarse fix wholly on the US side is inside the US, whatever its accuracy");
        assertEquals(PositionRule.NOT_NEAR_A_PORT, RULE.judge(land, new GeoPoint(49.10, -122.7566), 10).refusal(), "11 km north");
    }

    @Test
    void signedDistanceAroundABend() {
        // a V opening north, walked west to east: its left (the foreign side) is inside the V
        List<GeoPoint> v = List.of(new GeoPoint(0.0, -0.01), new GeoPoint(-0.005, 0.0), new GeoPoint(0.0, 0.01));
        assertTrue(BorderGeometry.signedDistanceMeters(new GeoPoint(0.0, 0.0), v) > 0, "inside the V, above the vertex");
        assertTrue(BorderGeometry.signedDistanceMeters(new GeoPoint(-0.006, 0.0), v) < 0, "below the vertex");
        assertTrue(BorderGeometry.signedDistanceMeters(new GeoPoint(-0.006, 0.0), v) > -200, "about 111 m below it");
        assertTrue(BorderGeometry.signedDistanceMeters(new GeoPoint(0.01, 0.02), v) > 0, "beyond the end, on the extension's left");
        assertEquals(111_195, BorderGeometry.distanceMeters(new GeoPoint(0, 0), new GeoPoint(1, 0)), 5);
    }
}
