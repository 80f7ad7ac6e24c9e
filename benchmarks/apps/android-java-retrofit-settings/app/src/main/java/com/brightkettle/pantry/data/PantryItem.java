package com.brightkettle.pantry.data;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

import com.google.gson.annotations.SerializedName;

@Entity(tableName = "pantry_items")
public class PantryItem {

    @PrimaryKey
    @NonNull
    @SerializedName("id")
    public String id = "";

    @SerializedName("name")
    public String name;

    @SerializedName("quantity")
    public double quantity;

    @SerializedName("unit")
    public String unit;

    @ColumnInfo(name = "expires_on")
    @SerializedName("expires_on")
    public long expiresOn;

    @ColumnInfo(name = "updated_at")
    @SerializedName("updated_at")
    public long updatedAt;
}
