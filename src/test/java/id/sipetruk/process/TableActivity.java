package id.sipetruk.process;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code -Dbench.tables} on PostgreSQL: what each side of a benchmark asked of each table, from PostgreSQL's
 * own counters ({@code pg_stat_user_tables}): scans (each select or update that reads the table once) and rows
 * written. The counters reach the view when a backend idles, hence the pause before each snapshot.
 */
final class TableActivity {

    record Counts(long scans, long written) {
        Counts minus(Counts other) {
            return new Counts(scans - other.scans, written - other.written);
        }
    }

    private final JdbcTemplate jdbc;

    private TableActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Null unless asked for and on PostgreSQL. */
    static TableActivity ifAsked(JdbcTemplate jdbc) {
        if (!Boolean.getBoolean("bench.tables") || !"PostgreSQL".equals(jdbc.execute(
                (org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()))) {
            return null;
        }
        return new TableActivity(jdbc);
    }

    Map<String, Counts> snapshot() {
        try {
            Thread.sleep(12_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.execute("select pg_stat_force_next_flush()");
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query("select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0), n_tup_ins + n_tup_upd + n_tup_del "
                + "from pg_stat_user_tables", row -> {
                    counts.put(row.getString(1).toLowerCase(Locale.ROOT), new Counts(row.getLong(2), row.getLong(3)));
                });
        return counts;
    }

    /** Prints the two sides' differences per table, the busiest tables of the first side first. */
    static void print(String first, Map<String, Counts> firstFrom, Map<String, Counts> firstTo,
                      String second, Map<String, Counts> secondFrom, Map<String, Counts> secondTo) {
        Map<String, Counts> a = diff(firstFrom, firstTo);
        Map<String, Counts> b = diff(secondFrom, secondTo);
        System.out.printf(Locale.ROOT, "%n[benchmark] tables: %-30s %10s %10s %10s %10s%n", "scans / rows written",
                first + " scans", second + " scans", first + " rows", second + " rows");
        TreeSet<String> tables = new TreeSet<>((x, y) -> x.equals(y) ? 0
                : Long.compare(a.get(y).scans() + a.get(y).written(), a.get(x).scans() + a.get(x).written()) != 0
                ? Long.compare(a.get(y).scans() + a.get(y).written(), a.get(x).scans() + a.get(x).written())
                : x.compareTo(y));
        tables.addAll(a.keySet());
        long[] total = new long[4];
        for (String table : tables) {
            Counts x = a.get(table);
            Counts y = b.getOrDefault(table, new Counts(0, 0));
            total[0] += x.scans();
            total[1] += y.scans();
            total[2] += x.written();
            total[3] += y.written();
            if (x.scans() + x.written() + y.scans() + y.written() > 0) {
                System.out.printf(Locale.ROOT, "[benchmark] tables: %-30s %10d %10d %10d %10d%n", table, x.scans(),
                        y.scans(), x.written(), y.written());
            }
        }
        System.out.printf(Locale.ROOT, "[benchmark] tables: %-30s %10d %10d %10d %10d%n", "total", total[0], total[1],
                total[2], total[3]);
    }

    private static Map<String, Counts> diff(Map<String, Counts> from, Map<String, Counts> to) {
        Map<String, Counts> diff = new HashMap<>();
        to.forEach((table, counts) -> diff.put(table, counts.minus(from.getOrDefault(table, new Counts(0, 0)))));
        return diff;
    }
}
