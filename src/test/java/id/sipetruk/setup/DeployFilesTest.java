package id.sipetruk.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files in deploy/ (docs/operations.md) are what the tools that read them accept: the systemd unit passes
 * {@code systemd-analyze verify}, the nginx site passes {@code nginx -t}, the scripts pass shellcheck, and the
 * environment file example sets what production needs. A check whose tool is missing is skipped with the reason
 * (Debian: systemd, nginx-light, shellcheck).
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");

    @TempDir Path work;

    /**
     * systemd is not PID 1 on a build machine, but {@code systemd-analyze verify} still parses the unit offline:
     * unknown keys, bad values and a missing executable are printed as "unit:line: …" (exit 0 for the first two, so
     * the output is checked too). {@code --man=no} skips the man pages, {@code --recursive-errors=no} the units it
     * depends on (postgresql.service is not on this machine).
     */
    @Test
    void systemdUnit_passesSystemdAnalyzeVerify() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")),
                "systemd-analyze is missing (Debian: systemd); the unit is not verified");
        Path unit = work.resolve("sipetruk.service");
        Files.copy(DEPLOY.resolve("sipetruk.service"), unit);
        Run run = run("/usr/bin/systemd-analyze", "verify", "--man=no", "--recursive-errors=no", unit.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).as("systemd-analyze's complaints").doesNotContain("sipetruk.service");

        // the check bites: a wrong value is reported
        Path bad = work.resolve("bad.service");
        Files.writeString(bad, Files.readString(unit).replace("ProtectSystem=strict", "ProtectSystem=very"));
        assertThat(run("/usr/bin/systemd-analyze", "verify", "--man=no", "--recursive-errors=no", bad.toString())
                .output()).contains("bad.service");
    }

    /** The nightly backup: a oneshot service running deploy/backup.sh (where it is installed), and its timer. */
    @Test
    void backupServiceAndTimer_passSystemdAnalyzeVerify() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")),
                "systemd-analyze is missing (Debian: systemd); the backup units are not verified");
        String service = Files.readString(DEPLOY.resolve("sipetruk-backup.service"));
        assertThat(service).contains("ExecStart=/opt/sipetruk/deploy/backup.sh");
        // installed, the script is /opt/sipetruk/deploy/backup.sh; here it is checked where it is
        Files.writeString(work.resolve("sipetruk-backup.service"), service.replace("/opt/sipetruk/deploy/backup.sh",
                DEPLOY.resolve("backup.sh").toAbsolutePath().toString()));
        Files.copy(DEPLOY.resolve("sipetruk-backup.timer"), work.resolve("sipetruk-backup.timer"));
        Run run = run("/usr/bin/systemd-analyze", "verify", "--man=no", "--recursive-errors=no",
                work.resolve("sipetruk-backup.service").toString(), work.resolve("sipetruk-backup.timer").toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).as("systemd-analyze's complaints").doesNotContain("sipetruk-backup");
        assertThat(keys(Files.readString(DEPLOY.resolve("sipetruk-backup.timer"))).get("OnCalendar"))
                .containsExactly("*-*-* 00:30:00");
    }

    @Test
    void systemdUnit_runsTheJarAsItsOwnUser_withTheEnvironmentFile_andHardening() throws IOException {
        Map<String, List<String>> unit = keys(Files.readString(DEPLOY.resolve("sipetruk.service")));
        assertThat(unit.get("User")).containsExactly("sipetruk");
        assertThat(unit.get("EnvironmentFile")).containsExactly("/etc/sipetruk/sipetruk.env");
        assertThat(unit.get("ExecStart")).singleElement().asString()
                .contains("/usr/bin/java", "$JAVA_OPTS", "-jar /opt/sipetruk/sipetruk.jar");
        assertThat(unit.get("Environment")).contains("SPRING_PROFILES_ACTIVE=postgres,production");
        assertThat(unit.get("ProtectSystem")).containsExactly("strict");
        assertThat(unit.get("ReadWritePaths")).singleElement().asString().contains("/var/lib/sipetruk",
                "/var/log/sipetruk");
        assertThat(unit.get("Restart")).containsExactly("on-failure");
        assertThat(unit.get("MemoryMax")).isNotEmpty();
        assertThat(unit.get("NoNewPrivileges")).containsExactly("true");
    }

    @Test
    void environmentExample_setsEveryRequiredProductionSetting_withoutARealSecret() throws IOException {
        Map<String, List<String>> env = keys(Files.readString(DEPLOY.resolve("sipetruk.env.example")));
        assertThat(env).containsKeys("SPRING_PROFILES_ACTIVE", "SIPETRUK_DB_URL", "SIPETRUK_DB_USER",
                "SIPETRUK_DB_PASSWORD", "SIPETRUK_ADMIN_PASSWORD", "SIPETRUK_VERIFICATION_SECRET",
                "SIPETRUK_PUBLIC_URL", "SIPETRUK_ZONE", "TZ", "SERVER_ADDRESS", "SIPETRUK_BACKUP_DIR");
        for (String secret : List.of("SIPETRUK_DB_PASSWORD", "SIPETRUK_ADMIN_PASSWORD",
                "SIPETRUK_VERIFICATION_SECRET")) {
            assertThat(env.get(secret)).as(secret).containsExactly("CHANGE-ME");
        }
        assertThat(env.get("SPRING_PROFILES_ACTIVE").get(0)).contains("production").doesNotContain("demo");
        assertThat(env.get("SIPETRUK_PUBLIC_URL").get(0)).startsWith("https://").doesNotContain("localhost");
    }

    /** nginx -t on the site, inside a minimal nginx.conf, with a throw-away self-signed certificate. */
    @Test
    void nginxSite_passesNginxT() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")), "nginx is missing (Debian: nginx-light); "
                + "deploy/nginx-sipetruk.conf is not checked");
        assumeTrue(onPath("openssl"), "openssl is missing: no test certificate for nginx -t");
        Path cert = work.resolve("cert.pem");
        Path key = work.resolve("key.pem");
        Run certificate = run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                "/CN=sipetruk.example.go.id", "-keyout", key.toString(), "-out", cert.toString());
        assertThat(certificate.exit()).as(certificate.output()).isZero();
        String site = Files.readString(DEPLOY.resolve("nginx-sipetruk.conf"))
                .replace("/etc/letsencrypt/live/sipetruk.example.go.id/fullchain.pem", cert.toString())
                .replace("/etc/letsencrypt/live/sipetruk.example.go.id/privkey.pem", key.toString());
        assertThat(site).contains("return 301 https://", "Strict-Transport-Security", "X-Forwarded-Proto",
                "X-Forwarded-For", "client_max_body_size 70m", "proxy_pass http://sipetruk");
        Files.writeString(work.resolve("site.conf"), site);
        Files.writeString(work.resolve("nginx.conf"), "pid " + work.resolve("nginx.pid") + ";\nerror_log "
                + work.resolve("error.log") + ";\nevents {}\nhttp {\n    access_log off;\n    include "
                + work.resolve("site.conf") + ";\n}\n");
        Run nginx = run("/usr/sbin/nginx", "-t", "-p", work.toString(), "-c", work.resolve("nginx.conf").toString());
        assertThat(nginx.exit()).as(nginx.output()).isZero();
        assertThat(nginx.output()).contains("syntax is ok", "test is successful");
    }

    /** The upload limit in nginx lets the application's own (larger-than-any-real-upload) limit answer first. */
    @Test
    void nginxUploadLimit_isAboveTheApplicationsRequestLimit() throws IOException {
        Matcher nginx = Pattern.compile("client_max_body_size (\\d+)m;")
                .matcher(Files.readString(DEPLOY.resolve("nginx-sipetruk.conf")));
        Matcher app = Pattern.compile("max-request-size: (\\d+)MB")
                .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
        assertThat(nginx.find()).isTrue();
        assertThat(app.find()).isTrue();
        assertThat(Integer.parseInt(nginx.group(1))).isGreaterThan(Integer.parseInt(app.group(1)));
    }

    @Test
    void scripts_passShellcheck() throws Exception {
        assumeTrue(onPath("shellcheck"), "shellcheck is missing (Debian: shellcheck); deploy/*.sh not checked");
        List<String> command = new ArrayList<>(List.of("shellcheck", "-x"));
        try (var scripts = Files.list(DEPLOY)) {
            scripts.filter(p -> p.toString().endsWith(".sh")).sorted().forEach(p -> command.add(p.toString()));
        }
        assertThat(command).hasSizeGreaterThanOrEqualTo(3);
        Run run = run(command.toArray(String[]::new));
        assertThat(run.exit()).as(run.output()).isZero();
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** KEY=value lines (unit or environment file), comments skipped, surrounding quotes dropped; keys repeat. */
    private static Map<String, List<String>> keys(String text) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)=(.*)$").matcher(line.strip());
            if (m.matches()) {
                keys.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).replaceAll("^\"(.*)\"$", "$1"));
            }
        }
        return keys;
    }
}
