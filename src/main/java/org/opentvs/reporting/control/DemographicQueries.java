package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.opentvs.reporting.entity.DemographicRow;
import org.opentvs.reporting.entity.Dimension;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.SqlWhere;

/** Rates by traveler demographics, from report_demographic (its port and carrier columns are the only ones so named). */
public final class DemographicQueries {

    private DemographicQueries() {
    }

    public static List<DemographicRow> rows(Connection c, ReportFilter filter, Dimension dimension) throws SQLException {
        SqlWhere where = new SqlWhere().and("flight_date between ? and ?", filter.from(), filter.to());
        filter.segmentConditions(where, Set.of("port", "carrier"));
        String sql = "select " + dimension.expression() + " g, sum(d.expected), sum(d.matched), sum(d.biometric_confirmed),"
                + " bool_and(not d.us_citizen) from report_demographic d left join report_region r on r.nationality = d.nationality"
                + " %WHERE% group by 1 order by 1";
        return Rows.query(c, sql, where,
                rs -> new DemographicRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5)));
    }
}
