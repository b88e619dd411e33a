package id.sipetruk.common;

import java.util.function.IntSupplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers that must never be handed out twice (decree numbers per year, period codes per year), from a database
 * counter per name ({@code number_counter}). The increment takes the counter's row lock, so two transactions that
 * ask at once get consecutive numbers; if the asking transaction rolls back, so does its number.
 */
@Service
public class NumberCounters {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;

    public NumberCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number of the counter, in the caller's transaction. A counter used for the first time starts after
     * {@code numbersAlreadyUsed} (numbers handed out before the counter existed).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String name, IntSupplier numbersAlreadyUsed) {
        if (jdbc.update("update number_counter set last_value = last_value + 1 where name = ?", name) == 0) {
            create(name, numbersAlreadyUsed.getAsInt());
            jdbc.update("update number_counter set last_value = last_value + 1 where name = ?", name);
        }
        Integer value = jdbc.queryForObject("select last_value from number_counter where name = ?", Integer.class, name);
        return value == null ? 1 : value;
    }

    /** Creates the counter in a transaction of its own; another transaction creating it at the same time wins. */
    private void create(String name, int start) {
        try {
            separately.executeWithoutResult(status ->
                    jdbc.update("insert into number_counter (name, last_value) values (?, ?)", name, start));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // the counter exists now: the caller's update takes it from there
        }
    }
}
