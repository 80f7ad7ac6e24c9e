package com.northwind.flagadmin.mapper;

import com.northwind.flagadmin.model.FlagAudit;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FlagAuditMapper {

    int insert(FlagAudit audit);

    List<FlagAudit> findRecent(@Param("limit") int limit);

    List<FlagAudit> findByFlagKey(@Param("flagKey") String flagKey);
}
