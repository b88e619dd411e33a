package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * One real SI PETRUK application, started as a separate JVM from this build's classes and dependencies (the test
 * classes left out, so that the node is the production application), on PostgreSQL, with the demo profile, a fixed
 * port and the job executor on; killed with SIGKILL ({@code kill -9}). For {@code CrashRecoveryTest} and
 * {@code TwoNodeTest}. Its output goes to {@code target/nodes/<name>.log}.
 */
final class AppNode {

    static final String PASSWORD = "Sipetruk#2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final String dbUrl;
    private final List<String> extraArgs;
    private Process process;
    private Path log;
    private long startedAt;

    AppNode(String name, int port, String dbUrl, String... extraArgs) {
        this.name = name;
        this.port = port;
        this.dbUrl = dbUrl;
        this.extraArgs = List.of(extraArgs);
    }

    /** Aborts the test unless this run is the PostgreSQL pass (profile postgres), with the reason. */
    static void assumePostgres(String what) {
        String profiles = System.getProperty("spring.profiles.active", "");
        Assumptions.assumeTrue(Arrays.asList(profiles.split(",")).contains("postgres"),
                what + " runs real application processes on PostgreSQL only (./mvnw verify -Ppostgres-tests); "
                        + "skipped with profiles '" + profiles + "'");
    }

    /** The server of SIPETRUK_DB_URL (default 127.0.0.1:5432), a database of its own: dropped and created empty. */
    static String freshDatabase(String suffix) {
        String base = System.getenv().getOrDefault("SIPETRUK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/sipetruk_test");
        int slash = base.lastIndexOf('/');
        String server = base.substring(0, slash);
        String database = base.substring(slash + 1).replaceAll("\\?.*", "") + "_" + suffix;
        try (Connection admin = DriverManager.getConnection(server + "/postgres", user(), password());
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + database + " on " + server, e);
        }
        return server + "/" + database;
    }

    static String user() {
        return System.getenv().getOrDefault("SIPETRUK_DB_USER", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("SIPETRUK_DB_PASSWORD", "");
    }

    static Connection connect(String dbUrl) throws SQLException {
        return DriverManager.getConnection(dbUrl, user(), password());
    }

    /** Starts the JVM (does not wait for it); each start writes a new log file. */
    AppNode start(String... moreArgs) {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, "id.sipetruk.SiPetrukApplication",
                "--spring.profiles.active=demo,postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--camunda.bpm.job-execution.max-wait=2000",
                "--spring.thymeleaf.cache=true"));
        command.addAll(extraArgs);
        command.addAll(List.of(moreArgs));
        try {
            Path dir = Files.createDirectories(Path.of("target", "nodes"));
            int n = 1;
            while (Files.exists(dir.resolve(name + "-" + n + ".log"))) {
                n++;
            }
            log = dir.resolve(name + "-" + n + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            startedAt = System.nanoTime();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the node's start-up setup is done (its log says so; asking with a login before the demo users
     * exist would trip the login throttle), then until it answers the REST API with the processes deployed.
     */
    AppNode awaitUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !log().contains("Start-up setup: done")) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ", see " + log);
            }
            sleep(300);
        }
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> count = send("admin", "GET", "/engine-rest/process-definition/count", null);
                HttpResponse<String> filters = send("bkpsdm", "GET", "/engine-rest/filter/count", null);
                if (count.statusCode() == 200 && JSON.readTree(count.body()).path("count").asInt() >= 2
                        && filters.statusCode() == 200 && JSON.readTree(filters.body()).path("count").asInt() > 0) {
                    return this;
                }
            } catch (IOException | RuntimeException notYet) {
                // not up yet
            }
            sleep(500);
        }
        throw new AssertionError(name + " not up after " + timeout + ", see " + log);
    }

    /** Seconds since {@link #start}. */
    double uptimeSeconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /** SIGKILL, as kill -9: no shutdown hook, no commit, the open transactions die with the connections. */
    void kill9() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    Path logFile() {
        return log;
    }

    /** Waits until the node's log shows the text (e.g. the crash point reached). */
    void awaitLog(String text, Duration timeout) {
        await(name + " logs '" + text + "' (" + log + ")", timeout, () -> log().contains(text) ? Boolean.TRUE : null);
    }

    int port() {
        return port;
    }

    // ---- the REST API, as a role's client

    HttpResponse<String> send(String user, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String user, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String user, String path) {
        HttpResponse<String> response = send(user, "GET", path, null);
        assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one open task of this key the user sees (Camunda's authorizations decide which), waiting for it. */
    JsonNode awaitTask(String user, String taskKey, Duration timeout) {
        return await(user + " gets " + taskKey + " on " + name, timeout, () -> {
            JsonNode tasks = getJson(user, "/engine-rest/task?taskDefinitionKey=" + taskKey + "&maxResults=50");
            return tasks.size() == 1 ? tasks.get(0) : null;
        });
    }

    /** Claims the task for the user (unless he holds it) and submits the form's fields, as Tasklist does. */
    HttpResponse<String> claimAndSubmit(JsonNode task, String user, String variablesJson) {
        String id = task.path("id").asText();
        if (!user.equals(task.path("assignee").asText(null))) {
            HttpResponse<String> claim = send(user, "POST", "/engine-rest/task/" + id + "/claim",
                    "{\"userId\":\"" + user + "\"}");
            assertThat(claim.statusCode()).as("claim %s: %s", task.path("taskDefinitionKey"), claim.body()).isEqualTo(204);
        }
        return send(user, "POST", "/engine-rest/task/" + id + "/submit-form", "{\"variables\":" + variablesJson + "}");
    }

    void submit(JsonNode task, String user, String variablesJson) {
        HttpResponse<String> done = claimAndSubmit(task, user, variablesJson);
        assertThat(done.statusCode()).as("submit %s as %s: %s", task.path("taskDefinitionKey"), user, done.body())
                .isEqualTo(204);
    }

    static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            sleep(300);
        }
        throw new AssertionError("timed out: " + what, last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + ":" + port;
    }
}
