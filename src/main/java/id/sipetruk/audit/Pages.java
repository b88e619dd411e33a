package id.sipetruk.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.query.Query;

/**
 * Reads a Camunda query page by page: the engine refuses results above its query limit
 * (queryMaxResultsLimit), so an unbounded {@code list()} must never be used here.
 */
final class Pages {

    static final int SIZE = 500;

    private Pages() {
    }

    /**
     * Every result of the query. Leave the query without an explicit order: the engine then orders by the
     * unique id, so that no row is skipped or repeated between pages.
     */
    static <U> List<U> all(Query<?, U> query) {
        List<U> all = new ArrayList<>();
        for (int first = 0; ; first += SIZE) {
            List<U> page = query.listPage(first, SIZE);
            all.addAll(page);
            if (page.size() < SIZE) {
                return all;
            }
        }
    }
}
