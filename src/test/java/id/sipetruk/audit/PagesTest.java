package id.sipetruk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void readsPageAfterPage_neverTheUnboundedList() {
        HistoricTaskInstanceQuery query = mock(HistoricTaskInstanceQuery.class);
        HistoricTaskInstance task = mock(HistoricTaskInstance.class);
        when(query.listPage(0, 500)).thenReturn(Collections.nCopies(500, task));
        when(query.listPage(500, 500)).thenReturn(Collections.nCopies(500, task));
        when(query.listPage(1000, 500)).thenReturn(Collections.nCopies(3, task));

        List<HistoricTaskInstance> all = Pages.all(query);

        assertThat(all).hasSize(1003);
        verify(query, never()).list();
        verify(query, never()).listPage(1500, 500);
    }

    @Test
    void anEmptyFirstPageEndsTheReading() {
        HistoricTaskInstanceQuery query = mock(HistoricTaskInstanceQuery.class);
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of());
        assertThat(Pages.all(query)).isEmpty();
    }
}
