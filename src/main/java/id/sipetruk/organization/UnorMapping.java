package id.sipetruk.organization;

import id.sipetruk.common.ValidationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BKPSDM's mapping of SIASN's units (UNOR) to the regency's OPDs. The employee import suggests it from SATUAN KERJA;
 * BKPSDM corrects it here, and a unit's employees move with it at once (later imports keep the correction).
 */
@Service
@Transactional
public class UnorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(UnorMapping.class);

    private final UnorRepository unors;
    private final OpdRepository opds;
    private final EmployeeRepository employees;

    public UnorMapping(UnorRepository unors, OpdRepository opds, EmployeeRepository employees) {
        this.unors = unors;
        this.opds = opds;
        this.employees = employees;
    }

    @Transactional(readOnly = true)
    public List<Unor> units() {
        return unors.findAllByOrderByOpdNameAscNameAsc();
    }

    /**
     * Places the unit in another OPD, with its employees.
     *
     * @return how many employees moved
     */
    public int place(String unorCode, String opdCode, String by) {
        Unor unor = unors.findById(unorCode).orElseThrow(() -> new ValidationException("unor.unknown", unorCode));
        Opd opd = opds.findByCode(opdCode).orElseThrow(() -> new ValidationException("unor.unknownOpd", opdCode));
        unor.placeIn(opd);
        List<Employee> staff = employees.findByUnorCode(unorCode);
        staff.forEach(e -> e.movedTo(opd));
        LOG.info("UNOR {} placed in OPD {} by {}: {} employees moved", unorCode, opdCode, by, staff.size());
        return staff.size();
    }
}
