package id.sipetruk.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.TableFile;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a timed test (surefire excludes *Benchmark.java): a province-sized SIASN export (50,000 employees, 60 OPDs,
 * 1,500 UNOR, 62 columns, PNS and PPPK) as CSV and XLSX, imported through {@link ImportRunner} as the page and the
 * API do, into a database that holds no imported employee yet. Every figure is printed beside two references
 * measured in the same run: reading the same file with {@link TableFile} only, and a plain JDBC batch insert of the
 * same 50,000 rows into a scratch table; the ratio says how far the import is from "read it" and "read it and
 * write it". Issue 12 asks for preview and commit under 10 s on PostgreSQL.
 *
 * <pre>
 * ./mvnw -q -ntp test -Dtest=EmployeeImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * psql -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS sipetruk_scale" -c "CREATE DATABASE sipetruk_scale"
 * SIPETRUK_DB_URL=jdbc:postgresql://127.0.0.1:5432/sipetruk_scale SIPETRUK_DB_USER=postgres \
 *   ./mvnw -q -ntp test -Ppostgres-tests -Dtest=EmployeeImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * (H2 in memory is fresh in every run; PostgreSQL needs the database dropped and created again, as above.)
 */
@SpringBootTest
class EmployeeImportBenchmark {

    static final int ROWS = 50_000;
    static final int OPDS = 60;
    static final int UNORS = 1_500;
    /** Every hundredth row gets another position: the monthly export of a province, about 1 % changed. */
    static final int CHANGE_EVERY = 100;

    @Autowired ImportRunner runner;
    @Autowired EmployeeImport imports;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    private double readCsv;
    private double readXlsx;
    private double insert;

    @Test
    void provinceSizedExport() throws Exception {
        Integer imported = jdbc.queryForObject("select count(*) from employee where unor_code is not null",
                Integer.class);
        assertThat(imported).as("the benchmark needs a database without imported employees (see its Javadoc)")
                .isZero();
        long start = System.nanoTime();
        SiasnExportSample sample = new SiasnExportSample(ROWS, OPDS, UNORS, 12L);
        byte[] csv = sample.csv();
        byte[] xlsx = sample.xlsx();
        byte[] changed = sample.csv(i -> i % CHANGE_EVERY == 0);
        print("%n[benchmark] %,d rows, %d OPDs, %,d UNOR, %d columns: CSV %.1f MB, XLSX %.1f MB, made in %.1f s",
                ROWS, OPDS, UNORS, SiasnExportSample.HEADER.size(), csv.length / 1e6, xlsx.length / 1e6,
                seconds(start));
        print("[benchmark] %s; %d cores, Java %s, max heap %d MB", database(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        // references, each the median of three after a warm-up
        readCsv = median(() -> time(() -> TableFile.read(csv, SiasnEmployeeColumns.COLUMNS)));
        readXlsx = median(() -> time(() -> TableFile.read(xlsx, SiasnEmployeeColumns.COLUMNS)));
        List<TableFile.Row> rows = TableFile.read(csv, SiasnEmployeeColumns.COLUMNS).rows();
        insert = median(() -> jdbcInsert(rows));
        print("[benchmark] reference: read CSV with TableFile %.2f s; read XLSX %.2f s; JDBC batch insert of %,d rows "
                + "%.2f s", readCsv, readXlsx, ROWS, insert);

        ImportResult warmUp = runner.preview(imports, csv);
        assertThat(warmUp.baru()).isEqualTo(ROWS);

        measure("preview CSV, empty register", readCsv, () -> runner.preview(imports, csv), ROWS, 0, 0);
        measure("preview XLSX, empty register", readXlsx, () -> runner.preview(imports, xlsx), ROWS, 0, 0);
        measure("commit CSV, all new", readCsv, () -> runner.commit(imports, csv, true, "benchmark"), ROWS, 0, 0);
        measure("commit CSV again, all unchanged", readCsv, () -> runner.commit(imports, csv, true, "benchmark"),
                0, 0, ROWS);
        measure("commit XLSX again, all unchanged", readXlsx, () -> runner.commit(imports, xlsx, true, "benchmark"),
                0, 0, ROWS);
        measure("preview CSV, all unchanged", readCsv, () -> runner.preview(imports, csv), 0, 0, ROWS);
        int changedRows = ROWS / CHANGE_EVERY;
        measure("commit CSV, 1 % changed", readCsv, () -> runner.commit(imports, changed, true, "benchmark"),
                0, changedRows, ROWS - changedRows);
    }

    private void measure(String what, double read, Supplier<ImportResult> run, int created, int changed,
                         int unchanged) {
        long start = System.nanoTime();
        ImportResult result = run.get();
        double took = seconds(start);
        assertThat(result).as(what).extracting(ImportResult::baru, ImportResult::berubah, ImportResult::tetap,
                ImportResult::galat).containsExactly(created, changed, unchanged, 0);
        print("[benchmark] %-34s %6.2f s | read only %5.2f s: %5.1f× | read + JDBC insert %5.2f s: %5.1f×",
                what, took, read, took / read, read + insert, took / (read + insert));
    }

    /** Seconds to write the same 50,000 employees with plain JDBC, in batches of 1,000, into a scratch table. */
    private double jdbcInsert(List<TableFile.Row> rows) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table if exists benchmark_employee");
                ddl.execute("create table benchmark_employee (id bigint generated by default as identity primary key,"
                        + " nip varchar(18) not null unique, name varchar(200) not null, position varchar(300) not null,"
                        + " rank_grade varchar(100), opd_id bigint not null, active boolean not null,"
                        + " employment_type varchar(20), legal_status_code varchar(10), legal_status_name varchar(100),"
                        + " unor_code varchar(64))");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into benchmark_employee (nip, name,"
                    + " position, rank_grade, opd_id, active, employment_type, legal_status_code, legal_status_name,"
                    + " unor_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (TableFile.Row row : rows) {
                    insert.setString(1, row.get(SiasnEmployeeColumns.NIP));
                    insert.setString(2, row.get(SiasnEmployeeColumns.NAME));
                    insert.setString(3, row.get(SiasnEmployeeColumns.POSITION));
                    insert.setString(4, row.get(SiasnEmployeeColumns.GRADE));
                    insert.setLong(5, 1);
                    insert.setBoolean(6, true);
                    insert.setString(7, "PNS");
                    insert.setString(8, row.get(SiasnEmployeeColumns.LEGAL_STATUS_ID));
                    insert.setString(9, row.get(SiasnEmployeeColumns.LEGAL_STATUS_NAME));
                    insert.setString(10, row.get(SiasnEmployeeColumns.UNOR_ID));
                    insert.addBatch();
                    if (++n % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            double took = seconds(start);
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table benchmark_employee");
            }
            return took;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String database() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " ("
                    + meta.getURL().replaceAll("password=[^&;]*", "") + ")";
        }
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return seconds(start);
    }

    private double median(Supplier<Double> measurement) {
        measurement.get();
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(measurement.get());
        }
        runs.sort(Double::compare);
        return runs.get(1);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
