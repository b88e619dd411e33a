package id.sipetruk.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.Predikat;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.AwardPeriodService;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.KinerjaMeasure;
import id.sipetruk.period.PeriodDefinition;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Numbers that must be unique are: decree numbers per regency and year (across periods, also when approved at the
 * same moment), one approved decree per period, period codes under concurrent starts. On H2 and PostgreSQL.
 */
@SpringBootTest
class DecreeNumbersTest {

    @Autowired PeriodBuilder build;
    @Autowired DecreeService decrees;
    @Autowired DecreeRepository decreeRows;
    @Autowired AwardPeriodService periodService;
    @Autowired AwardPeriodRepository periods;
    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private final String suffix = Long.toString(System.nanoTime(), 36);

    /** A period of {@code year} at the decree stage, with one finalist, and the decree proposed for it. */
    private Decree proposedDecree(int year, int index) {
        Opd opd = build.inactiveOpd("tdec" + suffix + index, "Dinas Uji Keputusan " + suffix + " " + index);
        AwardPeriod period = build.period("TDEC-" + suffix + "-" + index).year(year).title("Uji nomor " + index)
                .quotas(1, 1, 1).createdBy("bkpsdm.test").at(AwardPeriodStatus.DECREE).save();
        Nomination finalist = build.nominee(period, "TDEC-" + suffix + "-" + index + "-1").name("Pegawai Uji " + index)
                .in(opd).finalist(1, "80.00", "80.00").save();
        return decrees.propose(period.getId(), List.of(finalist.getCode()), "bkpsdm.test");
    }

    @Test
    void twoPeriodsOfOneYear_neverGetTheSameDecreeNumber_evenWhenIssuedAtOnce() throws Exception {
        List<Decree> proposed = IntStream.range(0, 4).mapToObj(i -> proposedDecree(2097, i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> approvals = pool.invokeAll(proposed.stream().<Callable<Object>>map(d -> () -> {
                decrees.approve(d.getId(), "bupati.test");
                decrees.issue(d.getPeriod().getId());
                return null;
            }).toList());
            for (Future<Object> approval : approvals) {
                approval.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> numbers = proposed.stream().map(d -> decrees.get(d.getId()).getDecreeNumber()).toList();
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches(".*/\\d{3}/.*/2097"));

        // the database refuses a second decree with a number already given, and a second approved decree of a period
        Decree first = decrees.get(proposed.get(0).getId());
        assertThatThrownBy(() -> jdbc.update("update decree set decree_number = ? where id = ?", numbers.get(0),
                proposed.get(1).getId())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update decree set approved_period_id = ? where id = ?",
                first.getPeriod().getId(), proposed.get(1).getId())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void periodsStartedAtOnce_getDifferentCodes() throws Exception {
        fixtures.ensureRegency();
        LocalDateTime opens = LocalDateTime.now().plusDays(1);
        PeriodDefinition definition = new PeriodDefinition(2095, "Uji kode " + suffix, 10, 2095, opens, opens.plusDays(7),
                1, 1, 1, new BigDecimal("85"), KinerjaMeasure.VALUE, Predikat.SANGAT_BAIK, new BigDecimal("95"), 60, 40,
                true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<AwardPeriod>> started = pool.invokeAll(List.<Callable<AwardPeriod>>of(
                    () -> periodService.register(definition, "bkpsdm.test"),
                    () -> periodService.register(definition, "bkpsdm.test"),
                    () -> periodService.register(definition, "bkpsdm.test")));
            List<String> codes = started.stream().map(f -> {
                try {
                    return f.get().getCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.startsWith("PRD-2095-"));
        } finally {
            pool.shutdown();
        }
    }
}
