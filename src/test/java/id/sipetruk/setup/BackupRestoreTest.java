package id.sipetruk.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.SiPetrukApplication;
import id.sipetruk.StatusPaths;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeDocuments;
import id.sipetruk.decree.DecreeService;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.SampleDocuments;
import id.sipetruk.document.VerificationPdfTest;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backups restore (docs/operations.md#backups): a certificate is printed on one database, the real
 * deploy/backup.sh backs it up, the real deploy/restore.sh refuses to overwrite a database with tables and restores
 * into a new empty one, and the application started on the restored database - with the verification secret taken
 * from the backup's copy of the environment file - still answers ASLI for the printed code on /verifikasi/{code}.
 *
 * <p>Needs PostgreSQL and its client tools: it runs in the PostgreSQL pass ({@code -Ppostgres-tests}, .ci/run) and
 * is skipped, with the reason, on H2. It starts whole applications, so it runs in the JVM of its own that
 * pom.xml gives ProductionProfileTest and this test. Its two databases are named after the suite's database
 * ({@code <suite>_bkp_…}, {@code <suite>_rst_…}) and dropped afterwards.
 */
class BackupRestoreTest {

    private static final String SECRET = "Backup#Restore-" + UUID.randomUUID().toString().replace("-", "");
    private static final String NAME = "Dr. Hj. Siti Nur'aini, S.Pd., M.M.";

    @TempDir Path work;

    @Test
    void aCertificatePrintedBeforeTheBackup_stillVerifiesAsAsli_afterARestoreIntoANewEmptyDatabase() throws Exception {
        assumeTrue(onPostgres(), "BackupRestoreTest needs PostgreSQL: it runs with -Ppostgres-tests (.ci/run), "
                + "not on H2");
        for (String tool : List.of("pg_dump", "pg_restore", "psql", "bash", "sha256sum")) {
            assumeTrue(onPath(tool), "BackupRestoreTest needs " + tool + " on the PATH (Debian: postgresql-client)");
        }
        String suiteUrl = System.getenv().getOrDefault("SIPETRUK_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/sipetruk_test");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String original = database(suiteUrl) + "_bkp_" + suffix;
        String restored = database(suiteUrl) + "_rst_" + suffix;
        execute(suiteUrl, "create database " + original);
        try {
            String originalUrl = withDatabase(suiteUrl, original);
            String restoredUrl = withDatabase(suiteUrl, restored);

            // 1. a certificate is printed and verifies
            String code;
            try (ConfigurableApplicationContext app = start(originalUrl, SECRET)) {
                code = printCertificate(app);
                assertThat(verify(app, code)).contains("ASLI", "Piagam Penghargaan", "Dr. Hj. Siti Nur&#39;aini");
            }

            // 2. the real backup script, with the environment file an operator has
            Path envFile = work.resolve("sipetruk.env");
            Files.writeString(envFile, "# test\nSIPETRUK_DB_URL=" + originalUrl + "\nSIPETRUK_VERIFICATION_SECRET=\""
                    + SECRET + "\"\n");
            Path backups = work.resolve("backups");
            List<Path> old = oldBackups(backups, 9);
            Result backup = script("backup.sh", List.of(), originalUrl, envFile, backups);
            assertThat(backup.exit()).as(backup.output()).isZero();
            Path backupDir = Path.of(backup.lastLine());
            assertThat(backupDir).isDirectory().startsWith(backups);
            assertThat(backupDir.resolve("sipetruk.dump")).isNotEmptyFile();
            assertThat(backupDir.resolve("SHA256SUMS")).content().contains("sipetruk.dump", "sipetruk.env");
            // retention: of the nine 40-day-old backups, the newest six stay beside the new one (seven at least),
            // the three oldest are deleted
            assertThat(old.subList(0, 3)).allSatisfy(dir -> assertThat(dir).doesNotExist());
            assertThat(old.subList(3, 9)).allSatisfy(dir -> assertThat(dir).isDirectory());

            // 3. restore.sh refuses a database with tables
            Result refused = script("restore.sh", List.of(backupDir.toString()), originalUrl, work.resolve("none"),
                    backups);
            assertThat(refused.exit()).as(refused.output()).isEqualTo(4);
            assertThat(refused.output()).contains("Refusing to restore", "not empty");

            // 4. and restores into a new empty database
            execute(suiteUrl, "create database " + restored);
            Result restore = script("restore.sh", List.of(backupDir.toString()), restoredUrl, work.resolve("none"),
                    backups);
            assertThat(restore.exit()).as(restore.output()).isZero();

            // 5. the application on the restored database, with the secret kept in the backup
            String keptSecret = secretIn(backupDir.resolve("sipetruk.env"));
            assertThat(keptSecret).isEqualTo(SECRET);
            try (ConfigurableApplicationContext app = start(restoredUrl, keptSecret)) {
                assertThat(verify(app, code)).contains("ASLI", "Piagam Penghargaan", "Dr. Hj. Siti Nur&#39;aini",
                        "ASN Berprestasi Terbaik 1").doesNotContain("TIDAK DIKENAL");
            }
        } finally {
            execute(suiteUrl, "drop database if exists " + restored + " with (force)");
            execute(suiteUrl, "drop database if exists " + original + " with (force)");
        }
    }

    /** A period at its decree, one finalist, the decree approved and issued, the finalist's certificate printed. */
    private static String printCertificate(ConfigurableApplicationContext app) {
        PeriodBuilder build = app.getBean(PeriodBuilder.class);
        DecreeService decrees = app.getBean(DecreeService.class);
        DecreeDocuments documents = app.getBean(DecreeDocuments.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        AwardPeriod period = build.period("TBKP-" + suffix).title("ASN Berprestasi Cadangan " + suffix)
                .quotas(2, 3, 5).at(AwardPeriodStatus.DECREE).save();
        Opd opd = build.opd("tbkp" + suffix.toLowerCase(Locale.ROOT), "Dinas Uji Cadangan " + suffix);
        Nomination finalist = build.nominee(period, "TBKP-" + suffix + "-01").name(NAME).in(opd).assessed().save();
        StatusPaths.finalist(finalist, 1, "85.00", "76.00");
        app.getBean(NominationRepository.class).save(finalist);
        Decree decree = decrees.propose(period.getId(), List.of(finalist.getCode()), "admin.bkpsdm");
        documents.generateDecree(decree.getId());
        decrees.approve(decree.getId(), "bupati");
        decrees.issue(period.getId());
        documents.generateDecree(decree.getId());
        GeneratedDocument certificate = documents.generateCertificate(
                decrees.get(decree.getId()).getAwardees().get(0).getId());
        List<String> printed = VerificationPdfTest.printedCodes(SampleDocuments.text(certificate.getContent(), 1, 1));
        assertThat(printed).hasSize(1);
        assertThat(printed.get(0).replace("-", "")).isEqualTo(certificate.getVerificationCode());
        return printed.get(0);
    }

    /** The suite's profiles (test, postgres) on the given database: job executor off, as in the other tests. */
    private static ConfigurableApplicationContext start(String databaseUrl, String secret) {
        return new SpringApplicationBuilder(SiPetrukApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + databaseUrl, "--sipetruk.verification.secret=" + secret);
    }

    /** GET /verifikasi/{code} over HTTP, as a phone that scanned the QR code; 200 expected. */
    private static String verify(ConfigurableApplicationContext app, String code) throws Exception {
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/verifikasi/" + code)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private record Result(int exit, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    /** Runs deploy/{script} with the connection in the environment (it wins over the environment file). */
    private static Result script(String script, List<String> arguments, String databaseUrl, Path envFile,
            Path backupDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("deploy", script).toAbsolutePath().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("SIPETRUK_ENV_FILE", envFile.toString());
        env.put("SIPETRUK_DB_URL", databaseUrl);
        env.put("SIPETRUK_DB_USER", System.getenv().getOrDefault("SIPETRUK_DB_USER", "postgres"));
        env.put("SIPETRUK_DB_PASSWORD", System.getenv().getOrDefault("SIPETRUK_DB_PASSWORD", ""));
        env.put("SIPETRUK_BACKUP_DIR", backupDir.toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(script + " finished").isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Backup directories as backup.sh names them, from 2020 (older than any new one), 40 days old. */
    private static List<Path> oldBackups(Path backups, int count) throws IOException {
        List<Path> old = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path dir = Files.createDirectories(backups.resolve(String.format("sipetruk-20200101-0000%02d", i)));
            Files.writeString(dir.resolve("sipetruk.dump"), "old");
            Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
            old.add(dir);
        }
        return old;
    }

    private static String secretIn(Path envFile) throws IOException {
        Matcher m = Pattern.compile("(?m)^SIPETRUK_VERIFICATION_SECRET=\"?([^\"\\n]*)\"?$")
                .matcher(Files.readString(envFile));
        assertThat(m.find()).as("the secret in the backup's sipetruk.env").isTrue();
        return m.group(1);
    }

    private static boolean onPostgres() {
        return TestDatabase.postgresProfileActive();
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static String database(String url) {
        Matcher m = Pattern.compile("^jdbc:postgresql://[^/]+/([^/?]+)").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
    }

    private static String withDatabase(String url, String database) {
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("SIPETRUK_DB_USER", "postgres"),
                System.getenv().getOrDefault("SIPETRUK_DB_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
