package org.opentvs.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Flights;

/**
 * Warms a freshly started server before a measured run: verifications on a flight of its own (so the
 * measured flight's rows stay exactly the measured run's), 10 s each at a quarter, half and all of
 * the measured rate, sent by {@link SocketLoad}. Its errors are printed and not counted.
 */
final class Warmup {

    private Warmup() {
    }

    /**
     * {@code count} boarding verifications of {@code flight} from 40 devices named {@code device<n>}, as
     * {@link SocketLoad} requests: four in five genuine captures (similarity 0.7) of its travelers in
     * turn, one in five an impostor.
     */
    static List<byte[]> boardings(Api api, SyntheticIdentities synth, Flights.Flight flight, String token, int count, String device) {
        URI uri = api.root().resolve("api/v1/verifications");
        int travelers = flight.travelers().size();
        List<byte[]> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] probe = i % 5 == 4 ? synth.randomUnit(512) : synth.genuineCapture(flight.travelers().get(i % travelers).face(), 0.7);
            requests.add(SocketLoad.post(uri, "Bearer " + token,
                    Flights.request("AIR_BOARDING", flight, "G" + (i % 40), device + (i % 40), probe).toString()));
        }
        return requests;
    }

    static void run(Api api, SyntheticIdentities synth, int rate) throws InterruptedException {
        System.out.println("Warming up on a flight of its own ...");
        Flights.Flight flight = Flights.prepare(api, synth, "QW", "900", "SFO", "ICN", 100, "KOR", false, 512);
        String token = api.client("warm-up cameras", List.of("capture-device"), List.of("QW"), List.of("SFO"));
        SocketLoad load = new SocketLoad(api.root(), boardings(api, synth, flight, token, 1000, "warm-"), 64);
        for (int step : new int[]{Math.max(1, rate / 4), Math.max(1, rate / 2), rate}) {
            load.run(step, 10);
        }
    }
}
