package com.lumenmart.shop.provider;

import android.content.ContentProvider;
import android.content.ContentUris;
import android.content.ContentValues;
import android.content.UriMatcher;
import android.database.Cursor;
import android.database.MatrixCursor;
import android.net.Uri;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.lumenmart.shop.config.ShopConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

public class ProductContentProvider extends ContentProvider {

    public static final String AUTHORITY = "com.lumenmart.shop.products";
    public static final Uri PRODUCTS_URI = Uri.parse("content://" + AUTHORITY + "/products");

    public static final String COLUMN_ID = "_id";
    public static final String COLUMN_SKU = "sku";
    public static final String COLUMN_TITLE = "title";
    public static final String COLUMN_PRICE_CENTS = "price_cents";

    private static final String TAG = "ProductProvider";
    private static final String[] PRODUCT_COLUMNS = {COLUMN_ID, COLUMN_SKU, COLUMN_TITLE, COLUMN_PRICE_CENTS};
    private static final String[] ANALYTICS_COLUMNS = {"api_host", "project_key", "flags_key"};

    private static final int PRODUCTS = 1;
    private static final int PRODUCT_ID = 2;
    private static final int ANALYTICS_CONFIG = 3;

    private static final UriMatcher MATCHER = new UriMatcher(UriMatcher.NO_MATCH);

    static {
        MATCHER.addURI(AUTHORITY, "products", PRODUCTS);
        MATCHER.addURI(AUTHORITY, "products/#", PRODUCT_ID);
        MATCHER.addURI(AUTHORITY, "analytics/config", ANALYTICS_CONFIG);
    }

    private final Map<Long, ContentValues> products = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    @Override
    public boolean onCreate() {
        return true;
    }

    @Nullable
    @Override
    public Cursor query(@NonNull Uri uri, @Nullable String[] projection, @Nullable String selection,
                        @Nullable String[] selectionArgs, @Nullable String sortOrder) {
        switch (MATCHER.match(uri)) {
            case PRODUCTS:
                synchronized (products) {
                    MatrixCursor cursor = new MatrixCursor(PRODUCT_COLUMNS, products.size());
                    for (Map.Entry<Long, ContentValues> entry : products.entrySet()) {
                        addProductRow(cursor, entry.getKey(), entry.getValue());
                    }
                    return cursor;
                }
            case PRODUCT_ID:
                long id = ContentUris.parseId(uri);
                synchronized (products) {
                    MatrixCursor cursor = new MatrixCursor(PRODUCT_COLUMNS, 1);
                    ContentValues values = products.get(id);
                    if (values != null) {
                        addProductRow(cursor, id, values);
                    }
                    return cursor;
                }
            case ANALYTICS_CONFIG:
                MatrixCursor config = new MatrixCursor(ANALYTICS_COLUMNS, 1);
                config.addRow(new Object[]{ShopConfig.posthogHost(), ShopConfig.projectKey(), ShopConfig.flagsSecureKey()});
                return config;
            default:
                Log.w(TAG, "Unknown query uri " + uri);
                return null;
        }
    }

    @Nullable
    @Override
    public String getType(@NonNull Uri uri) {
        switch (MATCHER.match(uri)) {
            case PRODUCTS:
                return "vnd.android.cursor.dir/vnd.lumenmart.product";
            case PRODUCT_ID:
                return "vnd.android.cursor.item/vnd.lumenmart.product";
            case ANALYTICS_CONFIG:
                return "vnd.android.cursor.item/vnd.lumenmart.analytics";
            default:
                return null;
        }
    }

    @Nullable
    @Override
    public Uri insert(@NonNull Uri uri, @Nullable ContentValues values) {
        if (MATCHER.match(uri) != PRODUCTS || values == null) {
            throw new IllegalArgumentException("Unsupported insert uri " + uri);
        }
        long id = nextId.getAndIncrement();
        synchronized (products) {
            products.put(id, new ContentValues(values));
        }
        Uri inserted = ContentUris.withAppendedId(PRODUCTS_URI, id);
        if (getContext() != null) {
            getContext().getContentResolver().notifyChange(inserted, null);
        }
        return inserted;
    }

    @Override
    public int delete(@NonNull Uri uri, @Nullable String selection, @Nullable String[] selectionArgs) {
        int removed;
        synchronized (products) {
            if (MATCHER.match(uri) == PRODUCT_ID) {
                removed = products.remove(ContentUris.parseId(uri)) != null ? 1 : 0;
            } else {
                removed = products.size();
                products.clear();
            }
        }
        return removed;
    }

    @Override
    public int update(@NonNull Uri uri, @Nullable ContentValues values, @Nullable String selection,
                      @Nullable String[] selectionArgs) {
        if (MATCHER.match(uri) != PRODUCT_ID || values == null) {
            return 0;
        }
        long id = ContentUris.parseId(uri);
        synchronized (products) {
            ContentValues existing = products.get(id);
            if (existing == null) {
                return 0;
            }
            existing.putAll(values);
        }
        return 1;
    }

    private static void addProductRow(MatrixCursor cursor, long id, ContentValues values) {
        cursor.addRow(new Object[]{
                id,
                values.getAsString(COLUMN_SKU),
                values.getAsString(COLUMN_TITLE),
                values.getAsLong(COLUMN_PRICE_CENTS)
        });
    }
}
