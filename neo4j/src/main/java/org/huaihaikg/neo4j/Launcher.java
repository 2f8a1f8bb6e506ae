package org.huaihaikg.neo4j;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j Community server for huaihai-kg: the embedded DBMS with its Bolt connector on,
 * so the project needs no separate Neo4j install. Started and stopped by neo4j/scripts/start.mjs and stop.mjs.
 *
 * Usage: Launcher HOME  (env NEO4J_PORT, default 7687; NEO4J_PASSWORD, default huaihai-kg)
 */
public final class Launcher {
    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(args.length > 0 ? args[0] : ".neo4j").toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "huaihai-kg");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // LOAD CSV FROM "file:///…" would let any Cypher a user runs read files on this
                // machine: file URLs are off, and the import root is an empty folder of the store.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
                // The default page cache is half the machine's memory; the project's graph is small.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .build();

        setPassword(dbms, password);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));
        System.out.println("huaihai-kg neo4j: bolt://127.0.0.1:" + port + " ready, data in " + home);
        stopped.await();
    }

    /**
     * Makes NEO4J_PASSWORD the neo4j user's password on every start: a fresh store has the
     * default password with "change required", which a Bolt client cannot get past for
     * ordinary queries. Embedded transactions on the system database run with full rights.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Setting the password it already has is refused; that is the state we want.
            if (!e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
