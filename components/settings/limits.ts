export const BRAND_NAME_MAX = 80;
export const REPORT_FOOTER_MAX = 300;
