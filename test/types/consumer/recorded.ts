// Recorded from the reference server by consumer.test.ts (which writes a fresh one into its scratch project).
export const response = {"statusCode":200,"result":{"id":1,"type":"TEXT","content":"bye","senderId":"dcff51cffe445a06bd4dc6c7","channelId":"06ba13459a6021bfc3a5b635","communityId":"d781aec1c777c98b9c488e18","createdAt":"2026-12-02T05:59:34.001Z","updatedAt":"2026-12-02T05:59:34.029Z","deletedAt":"2026-12-02T05:59:34.029Z"}} as const;
export const payload = {"id":1,"type":"TEXT","content":"bye","senderId":"dcff51cffe445a06bd4dc6c7","channelId":"06ba13459a6021bfc3a5b635","communityId":"d781aec1c777c98b9c488e18","createdAt":"2026-12-02T05:59:34.001Z","updatedAt":"2026-12-02T05:59:34.029Z","deletedAt":"2026-12-02T05:59:34.029Z"} as const;

