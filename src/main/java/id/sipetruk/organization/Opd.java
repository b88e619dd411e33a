package id.sipetruk.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Organisasi Perangkat Daerah: a department of the regency. Its code names its Camunda groups. */
@Entity
@Table(name = "opd")
public class Opd {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private boolean active = true;

    protected Opd() {
    }

    public Opd(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    public String headGroup() { return OpdGroups.headGroup(code); }
    public String adminGroup() { return OpdGroups.adminGroup(code); }
}
