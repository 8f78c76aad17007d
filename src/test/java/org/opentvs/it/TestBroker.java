package org.opentvs.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OpenMQ broker that the test servers' resource adapters connect to (post-boot-test.asadmin)
 * and that tests send through. {@code mvn verify} starts one for the whole run (pom.xml,
 * {@code start-test-broker}); a test or benchmark started some other way gets one from
 * {@link #ensure()}, ended with its JVM.
 */
public final class TestBroker {

    private static Process started;

    private TestBroker() {
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("it.jms.port", "17676"));
    }

    /** The address a JMS client is given ({@code imqAddressList}). */
    public static String address() {
        return "mq://127.0.0.1:" + port() + "/";
    }

    /**
     * OpenMQ's client connection factory for the broker. The client is {@code mq/lib/imq.jar} of the
     * distribution (not a Maven artifact of its own), on Failsafe's class path.
     */
    public static jakarta.jms.ConnectionFactory connectionFactory() throws ReflectiveOperationException {
        Object factory = Class.forName("com.sun.messaging.ConnectionFactory").getConstructor().newInstance();
        factory.getClass().getMethod("setProperty", String.class, String.class).invoke(factory, "imqAddressList", address());
        return (jakarta.jms.ConnectionFactory) factory;
    }

    /** Starts the broker unless one answers on {@link #port()}. */
    public static synchronized void ensure() throws IOException, InterruptedException {
        if (listening()) {
            return;
        }
        Path mq = Path.of(System.getProperty("payara.microJar", "target/payara/payara-micro.jar")).toAbsolutePath().resolveSibling("mq");
        Path var = Path.of(System.getProperty("project.build.directory", "target"), "it-broker").toAbsolutePath();
        Files.createDirectories(var);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-cp", mq.resolve("lib/imqbroker.jar") + ":" + mq.resolve("lib/imqutil.jar"),
                "-Dimq.home=" + mq, "-Dimq.libhome=" + mq.resolve("lib"), "-Dimq.etchome=" + mq.resolve("etc"), "-Dimq.varhome=" + var,
                "com.sun.messaging.jmq.jmsserver.Broker", "-port", String.valueOf(port()), "-name", "opentvs-it", "-reset", "store",
                "-Dimq.hostname=127.0.0.1");
        started = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(var.resolve("broker.log").toFile())).start();
        Process broker = started;
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!listening()) {
            if (!broker.isAlive() && listening()) {
                return; // the build's broker was still starting and holds the port: that one serves
            }
            if (!broker.isAlive() || System.nanoTime() > deadline) {
                broker.destroy();
                throw new IllegalStateException("OpenMQ broker did not start on port " + port() + "; see " + var.resolve("broker.log"));
            }
            Thread.sleep(200);
        }
    }

    private static boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
