package com.northwind.flagadmin.mapper;

import com.northwind.flagadmin.model.AdminUser;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AdminUserMapper {

    AdminUser findByUsername(@Param("username") String username);

    AdminUser findByApiToken(@Param("apiToken") String apiToken);

    int touchLastSeen(@Param("id") long id);
}
