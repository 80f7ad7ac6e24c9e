define(["jquery"], function ($) {
    return function (spec) {
        $("#flag-evaluate").on("submit", function (event) {
            event.preventDefault();
            var distinctId = $(this).find("[name=distinctId]").val();
            $.getJSON(spec.refreshUrl, { distinctId: distinctId }).done(function (data) {
                $("#flag-values").text(JSON.stringify(data.flags, null, 2));
            });
        });
    };
});
