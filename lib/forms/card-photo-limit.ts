/** The largest insurance card photo the form takes, checked in the browser and on the server. */
export const MAX_CARD_PHOTO_MB = 10;
export const MAX_CARD_PHOTO_BYTES = MAX_CARD_PHOTO_MB * 1024 * 1024;
