package id.sipetruk.organization;

import id.sipetruk.common.RegencyClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A discipline import that was written. An employee absent from the files has no penalty as of the latest one;
 * before the first there is no discipline data at all.
 */
@Entity
@Table(name = "discipline_import")
public class DisciplineImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "imported_at")
    private LocalDateTime importedAt;
    @Column(name = "row_count")
    private int rowCount;

    protected DisciplineImportRun() {
    }

    public DisciplineImportRun(int rowCount) {
        this.rowCount = rowCount;
        this.importedAt = RegencyClock.now();
    }

    public Long getId() { return id; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public int getRowCount() { return rowCount; }
}
