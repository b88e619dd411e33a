package id.sipetruk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people changing the same nomination from the same stale state: the second change is refused (row version),
 * never silently written over the first, and the engine API answers it 409 with a message, not 500 with SQL.
 */
@SpringBootTest
class ConcurrentEditTest {

    @Autowired PeriodBuilder build;
    @Autowired NominationRepository nominations;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ValidationResponseFilter responses;

    @Test
    void aChangeBasedOnAStaleRead_isRefused_notLost() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Opd opd = build.inactiveOpd("tcon" + suffix, "Dinas Uji Serentak " + suffix);
        AwardPeriod period = build.period("TCON-" + suffix).year(2094).title("Uji serentak").quotas(1, 1, 1)
                .createdBy("uji").save();
        Nomination saved = build.nominee(period, "TCON-" + suffix + "-1").in(opd).nominatedBy("uji")
                .status(NominationStatus.HEAD_REVIEW).save();

        Nomination staleForHead = nominations.findById(saved.getId()).orElseThrow();
        Nomination staleForAdmin = nominations.findById(saved.getId()).orElseThrow();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(s -> {
            staleForHead.signedOff();
            nominations.save(staleForHead);
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            staleForAdmin.returnedByHead();
            nominations.save(staleForAdmin);
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(nominations.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.VERIFICATION);
    }

    @Test
    void theEngineApiAnswersACollision409_andAnyOtherServerErrorWithoutItsDetails() throws Exception {
        MockHttpServletResponse collided = answer("{\"type\":\"ObjectOptimisticLockingFailureException\",\"message\":"
                + "\"Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : "
                + "[id.sipetruk.nomination.Nomination#7]\"}");
        assertThat(collided.getStatus()).isEqualTo(409);
        assertThat(collided.getContentAsString(StandardCharsets.UTF_8)).contains("baru saja diubah")
                .doesNotContain("Nomination#7");

        MockHttpServletResponse sql = answer("{\"type\":\"ProcessEngineException\",\"message\":"
                + "\"could not execute statement [ERROR: relation foo] [insert into nomination ...]\"}");
        assertThat(sql.getStatus()).isEqualTo(500);
        assertThat(sql.getContentAsString(StandardCharsets.UTF_8)).contains("kode rujukan")
                .doesNotContain("insert into", "relation");
    }

    private MockHttpServletResponse answer(String engineError) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/x/submit-form");
        MockHttpServletResponse response = new MockHttpServletResponse();
        responses.doFilter(request, response, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
            res.setContentType("application/json");
            res.getOutputStream().write(engineError.getBytes(StandardCharsets.UTF_8));
        });
        return response;
    }
}
