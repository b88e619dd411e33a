package id.sipetruk.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A SIASN organisational unit (UNOR: a school, a puskesmas, a bidang) and the OPD it belongs to. */
@Entity
@Table(name = "unor")
public class Unor {

    /** SIASN's UNOR ID. */
    @Id
    private String code;
    private String name;
    /** SIASN's SATUAN KERJA KERJA NAMA, from which the OPD was suggested. */
    @Column(name = "work_unit")
    private String workUnit;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "opd_id")
    private Opd opd;

    protected Unor() {
    }

    public Unor(String code, String name, String workUnit, Opd opd) {
        this.code = code;
        this.name = name;
        this.workUnit = workUnit;
        this.opd = opd;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getWorkUnit() { return workUnit; }
    public Opd getOpd() { return opd; }

    void placeIn(Opd newOpd) {
        this.opd = newOpd;
    }
}
